package org.quizmarker.users;

import jakarta.security.enterprise.credential.Credential;

/** An API token from {@code Authorization: Bearer}, as the identity store validates it. */
public record BearerCredential(String token) implements Credential {
  @Override
  public String toString() {
    return "BearerCredential[hidden]";
  }
}
