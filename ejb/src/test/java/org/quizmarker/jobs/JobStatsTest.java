package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobStatsTest {

  @Test
  void totalsEveryStatusAndTypeAndTheMeanOfTimedJobsOnly() {
    JobStats stats =
        JobStats.of(
            List.of(
                new JobTally(JobStatus.COMPLETED, JobType.UPLOAD, 3, 3, 9_000),
                new JobTally(JobStatus.COMPLETED, JobType.GRADING, 1, 1, 1_000),
                new JobTally(JobStatus.QUEUED, JobType.UPLOAD, 2, 0, 0)));

    assertThat(stats.total()).isEqualTo(6);
    assertThat(stats.byStatus())
        .containsEntry(JobStatus.COMPLETED, 4L)
        .containsEntry(JobStatus.QUEUED, 2L)
        .containsEntry(JobStatus.FAILED, 0L)
        .hasSize(JobStatus.values().length);
    assertThat(stats.byType()).containsEntry(JobType.UPLOAD, 5L).containsEntry(JobType.GRADING, 1L);
    assertThat(stats.meanProcessingSeconds()).isEqualTo(2.5);
  }

  @Test
  void noTimedJobHasNoMean() {
    JobStats stats = JobStats.of(List.of(new JobTally(JobStatus.QUEUED, JobType.UPLOAD, 1, 0, 0)));

    assertThat(stats.meanProcessingSeconds()).isNull();
    assertThat(JobStats.of(List.of()).total()).isZero();
  }
}
