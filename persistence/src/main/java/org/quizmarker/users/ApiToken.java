package org.quizmarker.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A bearer token for API consumers; only its SHA-256 is stored, never the token. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.byHash",
    query = "select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
@NamedQuery(
    name = "ApiToken.revokeAllOfOwner",
    query =
        "update ApiToken t set t.revoked = true where t.owner.id = :owner and t.revoked = false")
@NamedQuery(
    name = "ApiToken.forOwner",
    query = "select t from ApiToken t where t.owner.id = :owner order by t.createdAt desc")
public class ApiToken {
  /** {@code last_used_at} is written at most this often per token, so polling is not a write. */
  public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private AppUser owner;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  /** Null: valid until revoked. */
  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(nullable = false)
  private boolean revoked;

  protected ApiToken() {}

  public ApiToken(AppUser owner, String tokenHash, String name, Instant now, Instant expiresAt) {
    this.owner = owner;
    this.tokenHash = tokenHash;
    this.name = name;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public Long getId() {
    return id;
  }

  public AppUser getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /** Whether the token may be used at {@code now}: not revoked, not expired. */
  public boolean isValidAt(Instant now) {
    return !revoked && (expiresAt == null || now.isBefore(expiresAt));
  }

  /**
   * Notes a use at {@code now} if the recorded one is at least {@link #LAST_USED_PRECISION} old;
   * answers whether it changed (and so will be written).
   */
  public boolean recordUse(Instant now) {
    if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION))) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public boolean isRevoked() {
    return revoked;
  }

  public void revoke() {
    revoked = true;
  }
}
