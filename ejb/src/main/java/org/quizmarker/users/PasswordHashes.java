package org.quizmarker.users;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}, stored as {@code
 * PBKDF2WithHmacSHA512:210000:<salt>:<hash>}. Hashes written before (this project's own format,
 * {@code pbkdf2-sha512$...}, see {@link PasswordHasher}) and hashes with a weaker algorithm or
 * fewer iterations still verify, and are reported as due for a new hash, which sign-in writes.
 */
public final class PasswordHashes {
  static final String ALGORITHM = "PBKDF2WithHmacSHA512";

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512, as before; 32-byte salt, 64-byte key. */
  static final int ITERATIONS = PasswordHasher.ITERATIONS;

  /** What {@link Pbkdf2PasswordHash#initialize} is given. */
  public static Map<String, String> parameters() {
    return parameters(ITERATIONS);
  }

  static Map<String, String> parameters(int iterations) {
    return Map.of(
        "Pbkdf2PasswordHash.Algorithm",
        ALGORITHM,
        "Pbkdf2PasswordHash.Iterations",
        Integer.toString(iterations),
        "Pbkdf2PasswordHash.SaltSizeBytes",
        "32",
        "Pbkdf2PasswordHash.KeySizeBytes",
        "64");
  }

  /** The outcome of checking a password against a stored hash. */
  public enum Check {
    NO_MATCH,
    MATCH,
    /** The password is right, and the stored hash should be replaced by {@link #hash}. */
    MATCH_REHASH;

    public boolean matches() {
      return this != NO_MATCH;
    }
  }

  private final Pbkdf2PasswordHash pbkdf2;
  private final int iterations;
  private final PasswordHasher legacy = new PasswordHasher();

  /** {@code pbkdf2} initialised with {@link #parameters(int)} of {@code iterations}. */
  PasswordHashes(Pbkdf2PasswordHash pbkdf2, int iterations) {
    this.pbkdf2 = pbkdf2;
    this.iterations = iterations;
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public Check check(String password, String stored) {
    if (password == null || stored == null) {
      return Check.NO_MATCH;
    }
    if (stored.startsWith(ALGORITHM + ":") || stored.startsWith("PBKDF2WithHmacSHA")) {
      boolean right;
      try {
        right = pbkdf2.verify(password.toCharArray(), stored);
      } catch (RuntimeException e) {
        return Check.NO_MATCH; // a malformed stored value signs nobody in
      }
      if (!right) {
        return Check.NO_MATCH;
      }
      return isCurrent(stored) ? Check.MATCH : Check.MATCH_REHASH;
    }
    return legacy.matches(password, stored) ? Check.MATCH_REHASH : Check.NO_MATCH;
  }

  private boolean isCurrent(String stored) {
    String[] parts = stored.split(":");
    try {
      return parts.length == 4
          && parts[0].equals(ALGORITHM)
          && Integer.parseInt(parts[1]) >= iterations;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
