package org.quizmarker.jobs;

import java.sql.SQLTransientException;
import org.quizmarker.jobs.ImageItemTracker.Start;

/**
 * Where the integration tests make the background work fail: their deployment adds an alternative
 * that injects faults, so the failure paths (retries, the dead-letter queue, an admin's retry, the
 * watchdog, the outbox's sweeper, duplicate deliveries) run on the real server. The application
 * itself injects none ({@link NoWorkerFaults}).
 */
public interface WorkerFaults {

  /** Called before an image is read; throwing fails this attempt as a transient fault would. */
  void beforeReading(Start image) throws SQLTransientException;

  /** Called after an image was read, before its outcome is recorded. */
  void afterReading(Start image);

  /** Whether the finalising message of a job is lost when {@code lastImage}, its last, ended. */
  boolean dropsFinalisation(JobImage lastImage);

  /**
   * Whether the send just after the upload's commit leaves this outbox message for the sweeper, as
   * a node dying between the commit and the send would.
   */
  boolean leavesUnsent(OutboxMessage message);

  /** How many times the message is sent (more than once: a duplicate delivery). */
  int deliveries(OutboxMessage message);

  /** Called when a delivery of a grading job's step starts grading its sheets. */
  void beforeGrading(Job gradingJob);
}
