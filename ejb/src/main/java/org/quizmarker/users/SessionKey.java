package org.quizmarker.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a session cookie carries: 256 random bits, base64url without padding (43 characters).
 * The database keeps only its SHA-256 ({@link #idHash()}); a value of any other shape is refused
 * before any lookup. Never logged ({@link #toString()} hides it).
 */
public final class SessionKey {
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final String value;

  private SessionKey(String value) {
    this.value = value;
  }

  /** A new, unguessable session key (at each sign-in). */
  public static SessionKey generate() {
    byte[] secret = new byte[BYTES];
    RANDOM.nextBytes(secret);
    return new SessionKey(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The key a cookie value stands for, if it has the shape of one. */
  public static Optional<SessionKey> parse(String cookieValue) {
    if (cookieValue == null || !SHAPE.matcher(cookieValue).matches()) {
      return Optional.empty();
    }
    return Optional.of(new SessionKey(cookieValue));
  }

  /** The cookie's value. */
  public String value() {
    return value;
  }

  /** What the database stores and looks the session up by. */
  String idHash() {
    return UserService.sha256(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionKey k && k.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "SessionKey[hidden]";
  }
}
