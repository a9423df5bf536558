package org.quizmarker.it.faults;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Deletes session rows straight in the database, in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SessionRows {
  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  /** Every session of the account that owns the job; answers how many rows went. */
  public int deleteOfJobOwner(UUID jobId) {
    return em.createQuery(
            "delete from UserSession s where s.owner.id ="
                + " (select j.ownerId from Job j where j.id = :job)")
        .setParameter("job", jobId)
        .executeUpdate();
  }
}
