package org.quizmarker.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Leases and node heartbeats. Callers hold the transaction. */
@ApplicationScoped
public class ClusterRepository {

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  /**
   * Takes the lease {@code name} for {@code holder} until {@code until}, if it is free (expired) or
   * already the holder's. One conditional update: true only for the one node whose update matched.
   * An unknown name is never taken.
   */
  public boolean take(String name, String holder, Instant now, Instant until) {
    return em.createNamedQuery("ClusterLease.take")
            .setParameter("name", name)
            .setParameter("holder", holder)
            .setParameter("now", now)
            .setParameter("until", until)
            .executeUpdate()
        == 1;
  }

  public List<ClusterLease> leases() {
    return em.createNamedQuery("ClusterLease.all", ClusterLease.class).getResultList();
  }

  /** Adds a lease row unless it exists (tasks' rows come from the schema migration). */
  public void addLease(String name) {
    if (em.find(ClusterLease.class, name) == null) {
      em.persist(new ClusterLease(name));
    }
  }

  /** Records that the node is up now, with its workers. */
  public void heartbeat(String name, int workers, Instant startedAt, Instant now) {
    ClusterNode node = em.find(ClusterNode.class, name);
    if (node == null) {
      em.persist(new ClusterNode(name, workers, startedAt));
    } else {
      node.seen(workers, startedAt, now);
    }
    em.flush(); // a failure shows here, to the caller, not later at commit
  }

  public List<ClusterNode> nodesSeenSince(Instant since) {
    return em.createNamedQuery("ClusterNode.seenSince", ClusterNode.class)
        .setParameter("since", since)
        .getResultList();
  }
}
