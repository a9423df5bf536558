package org.quizmarker.users;

import org.quizmarker.platform.ServiceException;

/** Sign-in refused without checking the password: too many recent failures (429). */
public class SignInThrottled extends ServiceException {
  private final long retryAfterSeconds;

  public SignInThrottled(long retryAfterSeconds) {
    super(
        Kind.TOO_MANY,
        "TOO_MANY_ATTEMPTS",
        "Too many failed sign-ins: try again in " + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
