package org.quizmarker.admin;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.quizmarker.cluster.ClusterRepository;
import org.quizmarker.cluster.NodeIdentity;
import org.quizmarker.jobs.WorkerSettings;

/**
 * Writes this node's heartbeat (name, workers) every {@link #PERIOD}, so that the admin overview,
 * served by any node, lists every node that is up.
 */
@Singleton
// its timer must not fire into a database that is still being migrated (a fresh one, an upgrade)
@DependsOn("SchemaMigrator")
public class NodeHeartbeat {
  private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class);

  static final Duration PERIOD = Duration.ofSeconds(10);

  /** A node not seen for this long is taken to be down. */
  public static final Duration SILENCE = PERIOD.multipliedBy(3);

  @Inject ClusterRepository cluster;
  @Inject NodeIdentity node;
  @Inject WorkerSettings workers;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void beat() {
    try {
      cluster.heartbeat(node.name(), workers.count(), node.startedAt(), clock.instant());
    } catch (RuntimeException e) {
      LOG.warnf("Heartbeat of node %s not written: %s", node.name(), e.toString());
    }
  }
}
