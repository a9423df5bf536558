package org.quizmarker.users;

import java.time.Instant;

/** An API token as listed (the secret itself is shown once, at creation, in {@code token}). */
public record TokenView(
    long id, String name, Instant createdAt, Instant lastUsedAt, boolean revoked, String token) {
  public static TokenView of(ApiToken t, String secret) {
    return new TokenView(
        t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.isRevoked(), secret);
  }
}
