package org.quizmarker.users;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it (never the hash). */
public record UserView(
    long id, String username, List<String> roles, boolean disabled, Instant createdAt) {
  public static UserView of(AppUser u) {
    return new UserView(
        u.getId(), u.getUsername(), List.copyOf(u.getRoles()), u.isDisabled(), u.getCreatedAt());
  }
}
