package org.quizmarker.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job's state at one revision: what a status request answers (without the result) and what the
 * progress cache holds, with the per-item counts ("12 of 40 read"). Immutable, so it can cross the
 * commit boundary safely.
 */
public record JobSnapshot(
    UUID jobId,
    long ownerId,
    JobType jobType,
    JobStatus status,
    int progress,
    String currentStep,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt,
    String error,
    long revision,
    Long quizId,
    int totalItems,
    int doneItems,
    int failedItems) {

  public static JobSnapshot of(Job job) {
    return new JobSnapshot(
        job.getId(),
        job.getOwnerId(),
        job.getJobType(),
        job.getStatus(),
        job.getProgress(),
        job.getCurrentStep(),
        job.getCreatedAt(),
        job.getStartedAt(),
        job.getCompletedAt(),
        job.getError(),
        job.getRevision(),
        job.getQuizId(),
        job.getTotalItems(),
        job.getDoneItems(),
        job.getFailedItems());
  }
}
