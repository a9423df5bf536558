package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quizmarker.platform.ServiceException;

class TokenExpiryTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void noExpiryAskedMeansNone() {
    assertThat(TokenExpiry.of(null, null, NOW, 3650)).isNull();
  }

  @Test
  void daysCountFromNow() {
    assertThat(TokenExpiry.of(30, null, NOW, 3650)).isEqualTo(NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void aFutureTimeIsKept() {
    Instant at = NOW.plus(Duration.ofHours(2));
    assertThat(TokenExpiry.of(null, at, NOW, 3650)).isEqualTo(at);
  }

  @Test
  void pastTimesOutOfRangeDaysAndBothAtOnceAreRefused() {
    assertRefused(null, NOW.minusSeconds(1));
    assertRefused(null, NOW);
    assertRefused(null, NOW.plus(Duration.ofDays(3651)));
    assertRefused(0, null);
    assertRefused(3651, null);
    assertRefused(1, NOW.plus(Duration.ofDays(1)));
  }

  private static void assertRefused(Integer days, Instant at) {
    assertThatThrownBy(() -> TokenExpiry.of(days, at, NOW, 3650))
        .isInstanceOf(ServiceException.class)
        .extracting(e -> ((ServiceException) e).code())
        .isEqualTo("INVALID_TOKEN_EXPIRY");
  }
}
