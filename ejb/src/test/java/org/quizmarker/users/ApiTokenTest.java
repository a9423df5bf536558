package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
  private final AppUser owner = new AppUser("bob", "hash", Set.of("teacher"), T0);

  @Test
  void lastUseIsRecordedAtMostOnceAMinute() {
    ApiToken token = new ApiToken(owner, "h", "script", T0, null);
    assertThat(token.recordUse(T0)).isTrue();
    assertThat(token.recordUse(T0.plusSeconds(59))).isFalse();
    assertThat(token.getLastUsedAt()).isEqualTo(T0);
    assertThat(token.recordUse(T0.plusSeconds(60))).isTrue();
    assertThat(token.getLastUsedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aTokenIsValidUntilItExpiresOrIsRevoked() {
    ApiToken expiring = new ApiToken(owner, "h", "ci", T0, T0.plus(Duration.ofDays(1)));
    assertThat(expiring.isValidAt(T0.plus(Duration.ofHours(23)))).isTrue();
    assertThat(expiring.isValidAt(T0.plus(Duration.ofDays(1)))).isFalse();

    ApiToken forever = new ApiToken(owner, "h2", "cron", T0, null);
    assertThat(forever.isValidAt(T0.plus(Duration.ofDays(10_000)))).isTrue();
    forever.revoke();
    assertThat(forever.isValidAt(T0)).isFalse();
  }

  @Test
  void usernamesCompareWithoutCase() {
    assertThat(AppUser.keyOf("Ms.Smith")).isEqualTo(AppUser.keyOf("ms.smith"));
  }
}
