package org.quizmarker.it.probes;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.quizmarker.users.PasswordHasher;

/** Reads and writes an account's stored password hash straight in the database. */
@Stateless
public class StoredHashes {
  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  /** Stores {@code password} in the format the project wrote before Jakarta Security. */
  public int storeInFormerFormat(String username, String password) {
    return em.createQuery("update AppUser u set u.passwordHash = :hash where u.username = :name")
        .setParameter("hash", new PasswordHasher().hash(password))
        .setParameter("name", username)
        .executeUpdate();
  }

  public String stored(String username) {
    return em.createQuery(
            "select u.passwordHash from AppUser u where u.username = :name", String.class)
        .setParameter("name", username)
        .getSingleResult();
  }
}
