package org.quizmarker.jobs;

import java.util.UUID;

/**
 * Where background work is queued. Sends join the caller's transaction: a message leaves only if
 * the rows it refers to commit, so a worker never sees a job that does not exist.
 */
public interface WorkQueue {

  /** One image to read; workers take images of one job in parallel. */
  void submitImage(UUID jobId, long imageId);

  /** A job-level step, such as finalising an upload whose images have all ended. */
  void submitJobStep(UUID jobId, JobStep step);
}
