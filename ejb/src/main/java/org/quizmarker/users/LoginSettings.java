package org.quizmarker.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in throttling settings (QM_LOGIN_*; README "Sign-in, sessions and tokens"). */
@ApplicationScoped
public class LoginSettings {
  @Inject
  @ConfigProperty(name = "qm.login.account-failures", defaultValue = "5")
  int accountFailures;

  @Inject
  @ConfigProperty(name = "qm.login.address-failures", defaultValue = "30")
  int addressFailures;

  @Inject
  @ConfigProperty(name = "qm.login.window-seconds", defaultValue = "900")
  long windowSeconds;

  @Inject
  @ConfigProperty(name = "qm.login.lockout-seconds", defaultValue = "60")
  long lockoutSeconds;

  @Inject
  @ConfigProperty(name = "qm.login.max-lockout-seconds", defaultValue = "3600")
  long maxLockoutSeconds;

  /** One throttle per server; its counters are the state (a cluster's nodes count apart). */
  @Produces
  @Singleton
  LoginThrottle throttle() {
    return new LoginThrottle(
        new LoginThrottle.Limits(
            accountFailures,
            addressFailures,
            Duration.ofSeconds(windowSeconds),
            Duration.ofSeconds(lockoutSeconds),
            Duration.ofSeconds(maxLockoutSeconds),
            100_000));
  }
}
