package org.quizmarker.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quizmarker.jobs.ImageResult;
import org.quizmarker.jobs.JobPage;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.JobType;

class StatusTagsTest {
  private static final UUID ID = UUID.fromString("7d2c1f4e-0000-4000-8000-000000000001");
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  private static JobSnapshot job(JobStatus status, long revision, int done) {
    return new JobSnapshot(
        ID,
        7,
        JobType.UPLOAD,
        status,
        done * 10,
        "reading",
        T,
        T,
        null,
        null,
        revision,
        null,
        10,
        done,
        0);
  }

  private static List<ImageResult> result(String status, String error) {
    return List.of(new ImageResult("a.png", status, null, error));
  }

  @Test
  void aRunningJobsTagFollowsItsRevision() {
    String first = StatusTags.of(job(JobStatus.PROCESSING, 3, 2), null);
    assertThat(first).isEqualTo("3-processing");
    assertThat(StatusTags.of(job(JobStatus.PROCESSING, 3, 2), null)).isEqualTo(first);
    assertThat(StatusTags.of(job(JobStatus.PROCESSING, 4, 3), null)).isNotEqualTo(first);
  }

  @Test
  void anEndedJobsTagChangesWhenItsResultChangesAtTheSameRevision() {
    String before = StatusTags.of(job(JobStatus.COMPLETED, 9, 10), result("completed", null));
    assertThat(StatusTags.of(job(JobStatus.COMPLETED, 9, 10), result("completed", null)))
        .isEqualTo(before);
    assertThat(StatusTags.of(job(JobStatus.COMPLETED, 9, 10), result("failed", "unreadable")))
        .isNotEqualTo(before);
    assertThat(before).startsWith("9-completed-");
  }

  @Test
  void aListPagesTagChangesWithAnyJobsRevisionOrTheTotal() {
    JobPage page = new JobPage(List.of(job(JobStatus.PROCESSING, 3, 2)), 1, 20, 1);
    String tag = StatusTags.of(page);
    assertThat(StatusTags.of(new JobPage(List.of(job(JobStatus.PROCESSING, 3, 2)), 1, 20, 1)))
        .isEqualTo(tag);
    assertThat(StatusTags.of(new JobPage(List.of(job(JobStatus.PROCESSING, 4, 3)), 1, 20, 1)))
        .isNotEqualTo(tag);
    assertThat(StatusTags.of(new JobPage(List.of(job(JobStatus.PROCESSING, 3, 2)), 1, 20, 2)))
        .isNotEqualTo(tag);
    assertThat(StatusTags.of(new JobPage(List.of(), 1, 20, 0))).isNotEqualTo(tag);
  }

  @Test
  void theDigestIsFixedAcrossRunsAndNodes() {
    // FNV-1a 64 reference values: a tag must not depend on identity hash codes.
    assertThat(StatusTags.digest("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(StatusTags.digest("a")).isEqualTo(0xaf63dc4c8601ec8cL);
  }
}
