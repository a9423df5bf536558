package org.quizmarker.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * {@link ClusterLeases} as rows of {@code cluster_lease}, taken by one conditional update in a
 * transaction of its own (so it commits before the task runs, and a task's failure does not give
 * the lease back). Works the same on PostgreSQL and on H2.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DatabaseLeases implements ClusterLeases {
  private static final Logger LOG = Logger.getLogger(DatabaseLeases.class);

  @Inject ClusterRepository repository;
  @Inject NodeIdentity node;
  @Inject Clock clock;

  @Override
  public boolean claim(String task, Duration term) {
    Instant now = clock.instant();
    try {
      boolean taken = repository.take(task, node.name(), now, now.plus(term));
      if (!taken) {
        LOG.debugf("Lease %s is held by another node; not running it here", task);
      }
      return taken;
    } catch (RuntimeException e) {
      LOG.warnf("Lease %s could not be claimed (%s); skipping this run", task, e.toString());
      return false;
    }
  }
}
