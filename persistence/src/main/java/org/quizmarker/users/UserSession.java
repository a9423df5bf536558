package org.quizmarker.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in browser session, kept in the database so that every node of a cluster serves it and a
 * restart keeps it. Only the SHA-256 of the cookie's value is stored, never the value.
 */
@Entity
@Table(name = "user_session")
@NamedQuery(
    name = "UserSession.byHash",
    query = "select s from UserSession s join fetch s.owner where s.idHash = :hash")
@NamedQuery(
    name = "UserSession.deleteByHash",
    query = "delete from UserSession s where s.idHash = :hash")
@NamedQuery(
    name = "UserSession.deleteAllOfOwner",
    query = "delete from UserSession s where s.owner.id = :owner")
@NamedQuery(
    name = "UserSession.deleteOthersOfOwner",
    query = "delete from UserSession s where s.owner.id = :owner and s.idHash <> :keep")
@NamedQuery(
    name = "UserSession.deleteExpired",
    query = "delete from UserSession s where s.expiresAt <= :now")
public class UserSession {
  /** A session not seen for this long has ended (as the servlet container's sessions did). */
  public static final Duration IDLE = Duration.ofHours(8);

  /**
   * {@code last_seen_at} (and with it the expiry) is written at most this often per session, so
   * that polling is not a write per request.
   */
  public static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

  @Id
  @Column(name = "id_hash", nullable = false, length = 64)
  private String idHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private AppUser owner;

  /** The account's credentials version at sign-in (or at its own password change). */
  @Column(name = "credentials_version", nullable = false)
  private long credentialsVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected UserSession() {}

  /** A session of {@code owner} signed in at {@code now}, holding its credentials version. */
  public UserSession(String idHash, AppUser owner, Instant now) {
    this.idHash = idHash;
    this.owner = owner;
    this.credentialsVersion = owner.getCredentialsVersion();
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(IDLE);
  }

  public String getIdHash() {
    return idHash;
  }

  public AppUser getOwner() {
    return owner;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /**
   * Whether the session still signs its owner in at {@code now}: not idle too long, the account
   * enabled, and its password not changed (nor the account disabled) since the session began.
   */
  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt)
        && !owner.isDisabled()
        && owner.getCredentialsVersion() == credentialsVersion;
  }

  /**
   * Notes a use at {@code now}, moving the expiry to {@link #IDLE} after it, if the recorded one is
   * at least {@link #LAST_SEEN_PRECISION} old; answers whether it changed (and so will be written).
   */
  public boolean recordUse(Instant now) {
    if (now.isBefore(lastSeenAt.plus(LAST_SEEN_PRECISION))) {
      return false;
    }
    lastSeenAt = now;
    expiresAt = now.plus(IDLE);
    return true;
  }

  /** The owner changed their own password in this session: it stays signed in. */
  public void keepAfterCredentialsChange() {
    credentialsVersion = owner.getCredentialsVersion();
  }
}
