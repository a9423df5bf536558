package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The work outbox's rows. Callers hold the transaction. */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  /** Adds a row; its id is known on return (the insert runs at once). */
  public long add(OutboxMessage message) {
    em.persist(message);
    return message.getId();
  }

  /**
   * The rows among {@code ids} that are still there, locked until the transaction ends, in id order
   * (so two senders lock in the same order). A row another sender is deleting is waited for and
   * then missing.
   */
  public List<OutboxMessage> lock(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("OutboxMessage.byIds", OutboxMessage.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** Ids of rows written before {@code cutoff}, oldest first, at most {@code limit}. */
  public List<Long> idsOlderThan(Instant cutoff, int limit) {
    return em.createNamedQuery("OutboxMessage.idsOlderThan", Long.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  public void remove(OutboxMessage message) {
    em.remove(message);
  }
}
