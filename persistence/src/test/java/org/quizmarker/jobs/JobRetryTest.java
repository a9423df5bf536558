package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin's retry sends failed images back to the workers and opens their job again. */
class JobRetryTest {
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static Job endedJob(int done, int failed) {
    Job job = new Job(UUID.randomUUID(), JobType.UPLOAD, 1, null, done + failed, T0);
    job.start(T0);
    for (int i = 0; i < done; i++) {
      job.itemEnded(true);
    }
    for (int i = 0; i < failed; i++) {
      job.itemEnded(false);
    }
    job.finish(T0.plusSeconds(5), JobProgress.STEP_DONE);
    return job;
  }

  @Test
  void aCompletedJobWithFailuresIsProcessingAgainWithoutThem() {
    Job job = endedJob(2, 2);
    long revision = job.getRevision();

    assertThat(job.reopen(2, T1)).isTrue();

    assertThat(job.getStatus()).isEqualTo(JobStatus.PROCESSING);
    assertThat(job.getFailedItems()).isZero();
    assertThat(job.getDoneItems()).isEqualTo(2);
    assertThat(job.getProgress()).isEqualTo(JobProgress.afterItems(2, 4));
    assertThat(job.getCurrentStep()).isEqualTo("Processing image 3 of 4");
    assertThat(job.getStartedAt()).isEqualTo(T1);
    assertThat(job.getCompletedAt()).isNull();
    assertThat(job.getProcessingMs()).isNull();
    assertThat(job.getRevision()).isGreaterThan(revision);
  }

  @Test
  void aFailedJobLosesItsErrorAndEndsAgainWhenItsImagesDo() {
    Job job = endedJob(0, 1);
    assertThat(job.getError()).isNotNull();

    assertThat(job.reopen(1, T1)).isTrue();
    assertThat(job.getError()).isNull();
    assertThat(job.itemEnded(true)).isTrue();
    job.finish(T1.plusSeconds(3), JobProgress.STEP_DONE);

    assertThat(job.getStatus()).isEqualTo(JobStatus.COMPLETED);
    assertThat(job.getProcessingMs()).isEqualTo(3000);
  }

  @Test
  void onlyAnEndedJobWithThatManyFailuresReopens() {
    assertThat(endedJob(2, 1).reopen(2, T1)).isFalse();
    assertThat(endedJob(2, 0).reopen(0, T1)).isFalse();
    Job running = new Job(UUID.randomUUID(), JobType.UPLOAD, 1, null, 2, T0);
    running.start(T0);
    running.itemEnded(false);
    assertThat(running.reopen(1, T1)).isFalse();
    Job cancelled = new Job(UUID.randomUUID(), JobType.UPLOAD, 1, null, 1, T0);
    cancelled.cancel(T1);
    assertThat(cancelled.reopen(1, T1)).isFalse();
  }

  @Test
  void onlyAFailedImageIsQueuedAgainWithFreshAttempts() {
    Job job = endedJob(0, 1);
    JobImage image = new JobImage(job, 1, "a.png", "image/png", 10, "00", 1, 1);
    image.startAttempt(T0);
    image.startAttempt(T0);
    image.fail("Gave up after 2 attempt(s)", 40L, T0);

    assertThat(image.requeue()).isTrue();

    assertThat(image.getStatus()).isEqualTo(ImageStatus.QUEUED);
    assertThat(image.getAttempts()).isZero();
    assertThat(image.getRetries()).isEqualTo(1);
    assertThat(image.getError()).isNull();
    assertThat(image.getCompletedAt()).isNull();
    assertThat(image.requeue()).isFalse();
  }
}
