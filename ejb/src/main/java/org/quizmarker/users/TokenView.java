package org.quizmarker.users;

import java.time.Instant;

/**
 * An API token as listed (the secret itself is shown once, at creation, in {@code token}). {@code
 * lastUsedAt} is to the minute; {@code expiresAt} null means no expiry.
 */
public record TokenView(
    long id,
    String name,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    boolean revoked,
    String token) {
  public static TokenView of(ApiToken t, String secret) {
    return new TokenView(
        t.getId(),
        t.getName(),
        t.getCreatedAt(),
        t.getLastUsedAt(),
        t.getExpiresAt(),
        t.isRevoked(),
        secret);
  }
}
