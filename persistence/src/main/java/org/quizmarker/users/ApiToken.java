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
import java.time.Instant;

/** A bearer token for API consumers; only its SHA-256 is stored, never the token. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.byHash",
    query = "select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
@NamedQuery(
    name = "ApiToken.forOwner",
    query = "select t from ApiToken t where t.owner.id = :owner order by t.createdAt desc")
public class ApiToken {
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

  @Column(nullable = false)
  private boolean revoked;

  protected ApiToken() {}

  public ApiToken(AppUser owner, String tokenHash, String name, Instant now) {
    this.owner = owner;
    this.tokenHash = tokenHash;
    this.name = name;
    this.createdAt = now;
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

  public void touch(Instant now) {
    lastUsedAt = now;
  }

  public boolean isRevoked() {
    return revoked;
  }

  public void revoke() {
    revoked = true;
  }
}
