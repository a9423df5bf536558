/**
 * The job pipeline: an upload is stored and queued in one transaction ({@link
 * org.quizmarker.jobs.JobService}), message-driven workers read each image ({@link
 * org.quizmarker.jobs.ImageReadConsumer} → {@link org.quizmarker.jobs.ImageReadService}), the last
 * one to finish queues the job's finalisation ({@link org.quizmarker.jobs.JobStepConsumer}), and
 * every committed change is pushed to the {@link org.quizmarker.jobs.ProgressCache}. Messaging and
 * caching sit behind {@link org.quizmarker.jobs.WorkQueue} and {@link
 * org.quizmarker.jobs.ProgressCache}, so the flow reads here in one place.
 */
package org.quizmarker.jobs;
