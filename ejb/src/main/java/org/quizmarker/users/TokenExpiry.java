package org.quizmarker.users;

import java.time.Duration;
import java.time.Instant;
import org.quizmarker.platform.ServiceException;

/** When a new API token expires, from what its creator asked for. */
final class TokenExpiry {
  private TokenExpiry() {}

  /**
   * {@code days} from {@code now}, or {@code at}, or null (no expiry) when neither is given.
   * Refused: both at once, a lifetime under a day or over {@code maxDays}, a time not in the
   * future.
   */
  static Instant of(Integer days, Instant at, Instant now, int maxDays) {
    if (days != null && at != null) {
      throw invalid("give expires_in_days or expires_at, not both");
    }
    Instant latest = now.plus(Duration.ofDays(maxDays));
    if (days != null) {
      if (days < 1 || days > maxDays) {
        throw invalid("expires_in_days must be 1 to " + maxDays);
      }
      return now.plus(Duration.ofDays(days));
    }
    if (at != null) {
      if (!at.isAfter(now)) {
        throw invalid("expires_at must be in the future");
      }
      if (at.isAfter(latest)) {
        throw invalid("expires_at must be within " + maxDays + " days");
      }
    }
    return at;
  }

  private static ServiceException invalid(String message) {
    return ServiceException.invalid("INVALID_TOKEN_EXPIRY", message);
  }
}
