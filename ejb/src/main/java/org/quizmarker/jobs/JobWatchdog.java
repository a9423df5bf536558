package org.quizmarker.jobs;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Ends jobs whose images have all ended but whose finalising step never ran (its message lost, say,
 * to a broker restored from an old journal). Checks every minute; finalising is idempotent under
 * the job's row lock, so a node racing the normal step, or another node's watchdog, changes
 * nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobWatchdog {
  private static final Logger LOG = Logger.getLogger(JobWatchdog.class);

  @Inject JobRepository jobs;
  @Inject JobFinaliser finaliser;

  private final StallDetector detector = new StallDetector();

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  synchronized void check() {
    List<UUID> stalled;
    try {
      stalled = detector.stalled(jobs.openWithAllItemsEnded());
    } catch (RuntimeException e) {
      LOG.warnf("Stalled-job check failed: %s", e.getMessage());
      return;
    }
    for (UUID jobId : stalled) {
      LOG.warnf("Job %s had all images ended but was not finalised; finalising it now", jobId);
      try {
        finaliser.finalise(jobId);
      } catch (RuntimeException e) {
        LOG.errorf(e, "Job %s could not be finalised by the watchdog", jobId);
      }
    }
  }
}
