package org.quizmarker.jobs;

import java.util.Map;

/** A user's job counts by status and by type, and the mean seconds a job took to end. */
public record JobStats(
    long total,
    Map<JobStatus, Long> byStatus,
    Map<JobType, Long> byType,
    Double meanProcessingSeconds) {}
