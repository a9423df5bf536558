package org.quizmarker.users;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.quizmarker.cluster.ClusterLeases;

/**
 * Deletes, once an hour, the sessions idle longer than {@link UserSession#IDLE} (they sign nobody
 * in already; this keeps the table to the sessions in use). Every node schedules it; the node that
 * takes the {@value #LEASE} lease runs it, and the lease's term keeps the others from running it
 * again that hour.
 */
@Singleton
// its timer must not fire into a database that is still being migrated (a fresh one, an upgrade)
@DependsOn("SchemaMigrator")
public class ExpiredSessionCleanup {
  private static final Logger LOG = Logger.getLogger(ExpiredSessionCleanup.class);
  static final String LEASE = "session-cleanup";

  /** Well under an hour (the next run must find it free), well over any clock skew. */
  static final Duration LEASE_TERM = Duration.ofMinutes(30);

  @Inject UserService users;
  @Inject ClusterLeases leases;

  @Schedule(hour = "*", minute = "41", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void hourly() {
    if (!leases.claim(LEASE, LEASE_TERM)) {
      return;
    }
    try {
      int deleted = users.deleteExpiredSessions();
      LOG.infof("Deleted %d expired sessions", deleted);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Deleting expired sessions failed; next try in an hour");
    }
  }
}
