package org.quizmarker.jobs;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.quizmarker.cluster.ClusterLeases;

/**
 * Sends outbox rows that are still there {@link #AGE} after their commit: the node that wrote them
 * died (or its sender failed) before sending. Runs every {@link #PERIOD}, from a few seconds after
 * the start, on the one node of a cluster that holds the {@value #LEASE} lease.
 */
@Singleton
// its timer must not fire into a database that is still being migrated (a fresh one, an upgrade)
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSweeper {
  private static final Logger LOG = Logger.getLogger(OutboxSweeper.class);
  static final String LEASE = "outbox-sweeper";
  static final Duration PERIOD = Duration.ofSeconds(5);

  /** Three periods: the holder renews well before another node may take over. */
  static final Duration LEASE_TERM = PERIOD.multipliedBy(3);

  /** Far longer than a send after commit takes, so the sweeper rarely meets a sender. */
  static final Duration AGE = Duration.ofSeconds(10);

  /** Rows per transaction. */
  static final int BATCH = 100;

  @Inject OutboxRepository rows;
  @Inject OutboxRelay relay;
  @Inject ClusterLeases leases;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  synchronized void sweep() {
    if (!leases.claim(LEASE, LEASE_TERM)) {
      return;
    }
    try {
      List<Long> ids;
      do {
        ids = rows.idsOlderThan(clock.instant().minus(AGE), BATCH);
        if (!ids.isEmpty() && relay.sendLeftOver(ids) == 0) {
          return; // another sender took them meanwhile
        }
      } while (ids.size() == BATCH);
    } catch (RuntimeException e) {
      LOG.warnf("Outbox sweep failed, next in %d s: %s", PERIOD.toSeconds(), e.toString());
    }
  }
}
