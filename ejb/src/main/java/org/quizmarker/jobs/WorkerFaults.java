package org.quizmarker.jobs;

import java.sql.SQLTransientException;
import org.quizmarker.jobs.ImageItemTracker.Start;

/**
 * Where the integration tests make the background work fail: their deployment adds an alternative
 * that injects faults, so the failure paths (retries, the dead-letter queue, an admin's retry, the
 * watchdog) run on the real server. The application itself injects none ({@link NoWorkerFaults}).
 */
public interface WorkerFaults {

  /** Called before an image is read; throwing fails this attempt as a transient fault would. */
  void beforeReading(Start image) throws SQLTransientException;

  /** Whether the finalising message of a job is lost when {@code lastImage}, its last, ended. */
  boolean dropsFinalisation(JobImage lastImage);
}
