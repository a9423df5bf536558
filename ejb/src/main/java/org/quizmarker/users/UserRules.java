package org.quizmarker.users;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quizmarker.platform.ServiceException;

/** What a valid username, password and role set look like. */
public final class UserRules {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
  public static final int MIN_PASSWORD = 12;
  public static final int MAX_PASSWORD = 256;

  /** Twelve spaces or {@code abababababab} are long but not strong. */
  static final int MIN_DISTINCT = 5;

  private UserRules() {}

  /**
   * Whether an account could have this name. Sign-in looks up only such names: anything else (a NUL
   * byte, which PostgreSQL refuses in text, a line break, 100 KB) is simply no account.
   */
  public static boolean isWellFormedUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  public static void checkUsername(String username) {
    if (!isWellFormedUsername(username)) {
      throw ServiceException.invalid(
          "INVALID_USERNAME",
          "username must be 2-64 characters: letters, digits, '.', '_' or '-', starting with a"
              + " letter or digit");
    }
  }

  /**
   * The password policy (OWASP ASVS 2.1): {@value #MIN_PASSWORD} to {@value #MAX_PASSWORD}
   * characters, more than a few distinct ones, not containing the username (any case), not a common
   * password. No composition rules: a long phrase is the strong choice.
   */
  public static void checkPassword(String username, String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw weak("password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
    }
    if (password.strip().codePoints().distinct().count() < MIN_DISTINCT) {
      throw weak("password must have at least " + MIN_DISTINCT + " different characters");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw weak("password must not contain the username");
    }
    if (CommonPasswords.contains(password)) {
      throw weak("password is too common: it is on the list attackers try first");
    }
  }

  private static ServiceException weak(String message) {
    return ServiceException.invalid("INVALID_PASSWORD", message);
  }

  public static void checkRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty() || !AppUser.ROLES.containsAll(roles)) {
      throw ServiceException.invalid(
          "INVALID_ROLES",
          "roles must be a non-empty list of: " + String.join(", ", AppUser.ROLES));
    }
  }
}
