package org.quizmarker.jobs;

/**
 * How many of one owner's jobs have this status and type, and how long those with a processing time
 * took in total.
 */
public record JobTally(
    JobStatus status, JobType type, long jobs, long timedJobs, long processingMsSum) {}
