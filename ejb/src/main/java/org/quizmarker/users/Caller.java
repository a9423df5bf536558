package org.quizmarker.users;

import java.util.Set;

/** Who is making a request: the signed-in account, as the services need to know it. */
public record Caller(long id, String username, Set<String> roles) {
  public boolean isAdmin() {
    return roles.contains(AppUser.ROLE_ADMIN);
  }

  public static Caller of(AppUser user) {
    return new Caller(user.getId(), user.getUsername(), Set.copyOf(user.getRoles()));
  }
}
