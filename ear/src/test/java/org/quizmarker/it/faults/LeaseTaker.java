package org.quizmarker.it.faults;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.quizmarker.cluster.ClusterLease;
import org.quizmarker.cluster.ClusterRepository;

/** One node's attempt at a lease, in a transaction of its own as on a real node. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeaseTaker {
  @Inject ClusterRepository cluster;

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  /** A free lease of that name, whatever an earlier test run on this database left. */
  public void reset(String name) {
    ClusterLease old = em.find(ClusterLease.class, name);
    if (old != null) {
      em.remove(old);
      em.flush();
    }
    cluster.addLease(name);
  }

  public boolean take(String name, String holder, Instant now, Instant until) {
    return cluster.take(name, holder, now, until);
  }
}
