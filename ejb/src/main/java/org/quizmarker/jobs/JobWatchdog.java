package org.quizmarker.jobs;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quizmarker.cluster.ClusterLeases;

/**
 * Ends jobs whose images have all ended but whose finalising step never ran (its message lost, say,
 * to a broker restored from an old journal). Checks every minute, on one node of a cluster: the one
 * holding the {@value #LEASE} lease, which it renews each minute and another node takes over {@link
 * #LEASE_TERM} after it stopped renewing. Finalising is idempotent under the job's row lock anyway,
 * so a node racing the normal step changes nothing.
 */
@Singleton
// its timer must not fire into a database that is still being migrated (a fresh one, an upgrade)
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobWatchdog {
  private static final Logger LOG = Logger.getLogger(JobWatchdog.class);
  static final String LEASE = "job-watchdog";

  /** Longer than the one-minute period, so the holder's renewal comes before the lease lapses. */
  static final Duration LEASE_TERM = Duration.ofSeconds(90);

  @Inject JobRepository jobs;
  @Inject JobFinaliser finaliser;
  @Inject ClusterLeases leases;

  private final StallDetector detector = new StallDetector();

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  synchronized void check() {
    if (!leases.claim(LEASE, LEASE_TERM)) {
      detector.stalled(List.of()); // another node watches; two checks in a row must be ours
      return;
    }
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
