package org.quizmarker.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** The application's one {@link PasswordHashes}, on the platform's {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHashing {
  @Inject Pbkdf2PasswordHash pbkdf2;

  private PasswordHashes hashes;

  /** Compared against when the username is unknown, so timing does not reveal which users exist. */
  private String dummyHash;

  @PostConstruct
  void init() {
    pbkdf2.initialize(PasswordHashes.parameters());
    hashes = new PasswordHashes(pbkdf2, PasswordHashes.ITERATIONS);
    dummyHash = hashes.hash("not-a-real-password");
  }

  public PasswordHashes hashes() {
    return hashes;
  }

  String dummyHash() {
    return dummyHash;
  }
}
