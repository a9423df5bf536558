package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobProgressTest {

  @ParameterizedTest
  @CsvSource({
    "0,3,5", "1,3,35", "2,3,65", "3,3,95", "1,1,95", "0,1,5", "7,4,95", "-1,4,5", "1,0,95"
  })
  void progressAfterItems(int ended, int total, int expected) {
    assertThat(JobProgress.afterItems(ended, total)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "1,3,Processing image 1 of 3",
    "3,3,Processing image 3 of 3",
    "5,3,Processing image 3 of 3",
    "0,2,Processing image 1 of 2"
  })
  void processingStep(int ordinal, int total, String expected) {
    assertThat(JobProgress.processingStep(ordinal, total)).isEqualTo(expected);
  }

  @Test
  void progressNeverGoesBackwards() {
    assertThat(JobProgress.monotonic(65, 35)).isEqualTo(65);
    assertThat(JobProgress.monotonic(35, 65)).isEqualTo(65);
  }

  @Test
  void aJobWalksThroughTheSteps() {
    Instant t0 = Instant.parse("2026-11-19T13:00:00Z");
    Job job = new Job(UUID.randomUUID(), JobType.UPLOAD, 1, null, 2, t0);
    assertThat(job.getStatus()).isEqualTo(JobStatus.QUEUED);
    assertThat(job.start(t0.plusSeconds(1))).isTrue();
    assertThat(job.start(t0.plusSeconds(2))).isFalse();
    assertThat(job.getProgress()).isEqualTo(5);
    assertThat(job.getCurrentStep()).isEqualTo("Starting image processing");

    assertThat(job.itemEnded(true)).isFalse();
    assertThat(job.getProgress()).isEqualTo(50);
    assertThat(job.getCurrentStep()).isEqualTo("Processing image 2 of 2");
    assertThat(job.itemEnded(false)).isTrue();
    assertThat(job.getProgress()).isEqualTo(95);
    assertThat(job.getCurrentStep()).isEqualTo("Processing complete, cleaning up files");

    long revision = job.getRevision();
    job.finish(t0.plusSeconds(4), JobProgress.STEP_DONE);
    assertThat(job.getStatus()).isEqualTo(JobStatus.COMPLETED);
    assertThat(job.getProgress()).isEqualTo(100);
    assertThat(job.getProcessingMs()).isEqualTo(3000);
    assertThat(job.getRevision()).isGreaterThan(revision);
    assertThat(job.cancel(t0.plusSeconds(5))).isFalse();
  }

  @Test
  void aJobWithNoReadableImageHasFailed() {
    Job job = new Job(UUID.randomUUID(), JobType.UPLOAD, 1, null, 1, Instant.EPOCH);
    job.start(Instant.EPOCH);
    job.itemEnded(false);
    job.finish(Instant.EPOCH.plusSeconds(1), JobProgress.STEP_DONE);
    assertThat(job.getStatus()).isEqualTo(JobStatus.FAILED);
    assertThat(job.getError()).contains("No image could be read");
  }

  @Test
  void cancellingEndsAQueuedJob() {
    Job job = new Job(UUID.randomUUID(), JobType.UPLOAD, 1, null, 3, Instant.EPOCH);
    assertThat(job.cancel(Instant.EPOCH.plusSeconds(1))).isTrue();
    assertThat(job.getStatus()).isEqualTo(JobStatus.CANCELLED);
    assertThat(job.getCompletedAt()).isNotNull();
    job.finish(Instant.EPOCH.plusSeconds(2), JobProgress.STEP_DONE);
    assertThat(job.getStatus()).isEqualTo(JobStatus.CANCELLED);
  }

  @ParameterizedTest
  @CsvSource({
    "queued,QUEUED",
    "processing,PROCESSING",
    "completed,COMPLETED",
    "failed,FAILED",
    "cancelled,CANCELLED"
  })
  void wireNames(String wire, JobStatus status) {
    assertThat(JobStatus.fromWire(wire)).contains(status);
    assertThat(status.wire()).isEqualTo(wire);
  }

  @Test
  void unknownWireNames() {
    assertThat(JobStatus.fromWire("COMPLETED")).isEmpty();
    assertThat(JobType.fromWire("ocr")).isEmpty();
  }
}
