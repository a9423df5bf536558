package org.quizmarker.users;

import java.util.Set;
import java.util.regex.Pattern;
import org.quizmarker.platform.ServiceException;

/** What a valid username, password and role set look like. */
public final class UserRules {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
  public static final int MIN_PASSWORD = 8;
  public static final int MAX_PASSWORD = 256;

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

  public static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw ServiceException.invalid(
          "INVALID_PASSWORD",
          "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
    }
  }

  public static void checkRoles(Set<String> roles) {
    if (roles == null || roles.isEmpty() || !AppUser.ROLES.containsAll(roles)) {
      throw ServiceException.invalid(
          "INVALID_ROLES",
          "roles must be a non-empty list of: " + String.join(", ", AppUser.ROLES));
    }
  }
}
