package org.quizmarker.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts, their API tokens and their sign-in sessions. Callers hold the transaction. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  public void add(AppUser user) {
    em.persist(user);
  }

  public Optional<AppUser> find(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  /** The account with this name in any case. */
  public Optional<AppUser> byUsername(String username) {
    return em.createNamedQuery("AppUser.byUsername", AppUser.class)
        .setParameter("key", AppUser.keyOf(username))
        .getResultStream()
        .findFirst();
  }

  public List<AppUser> all() {
    return em.createNamedQuery("AppUser.all", AppUser.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery("AppUser.count", Long.class).getSingleResult();
  }

  /** Whether the account owns jobs (which must not be orphaned). */
  public boolean ownsAnything(long userId) {
    return em.createNamedQuery("AppUser.jobCount", Long.class)
            .setParameter("owner", userId)
            .getSingleResult()
        > 0;
  }

  public void remove(AppUser user) {
    em.remove(user);
  }

  public void addToken(ApiToken token) {
    em.persist(token);
  }

  public Optional<ApiToken> tokenByHash(String hash) {
    return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  public List<ApiToken> tokens(long ownerId) {
    return em.createNamedQuery("ApiToken.forOwner", ApiToken.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /** Revokes every token of the account still valid; answers how many. */
  public int revokeTokens(long ownerId) {
    return em.createNamedQuery("ApiToken.revokeAllOfOwner")
        .setParameter("owner", ownerId)
        .executeUpdate();
  }

  public Optional<ApiToken> findToken(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  public void addSession(UserSession session) {
    em.persist(session);
  }

  /** The session with this id hash, its owner loaded with it. */
  public Optional<UserSession> sessionByHash(String idHash) {
    return em.createNamedQuery("UserSession.byHash", UserSession.class)
        .setParameter("hash", idHash)
        .getResultStream()
        .findFirst();
  }

  /** Ends one session (sign-out); answers whether it existed. */
  public boolean deleteSession(String idHash) {
    return em.createNamedQuery("UserSession.deleteByHash")
            .setParameter("hash", idHash)
            .executeUpdate()
        > 0;
  }

  /** Ends the account's sessions but {@code keepIdHash} (null: all of them); answers how many. */
  public int deleteSessions(long ownerId, String keepIdHash) {
    if (keepIdHash == null) {
      return em.createNamedQuery("UserSession.deleteAllOfOwner")
          .setParameter("owner", ownerId)
          .executeUpdate();
    }
    return em.createNamedQuery("UserSession.deleteOthersOfOwner")
        .setParameter("owner", ownerId)
        .setParameter("keep", keepIdHash)
        .executeUpdate();
  }

  /** Deletes the sessions that expired by {@code now}; answers how many. */
  public int deleteExpiredSessions(Instant now) {
    return em.createNamedQuery("UserSession.deleteExpired")
        .setParameter("now", now)
        .executeUpdate();
  }
}
