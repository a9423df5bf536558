package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a stored session signs its owner in, and when its last use is written. */
class UserSessionTest {
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

  private final AppUser owner = new AppUser("ms.lee", "hash", Set.of(AppUser.ROLE_TEACHER), T0);
  private final UserSession session = new UserSession("ab12", owner, T0);

  @Test
  void aNewSessionIsValidUntilItHasBeenIdleForEightHours() {
    assertThat(session.isValidAt(T0)).isTrue();
    assertThat(session.isValidAt(T0.plus(UserSession.IDLE).minusSeconds(1))).isTrue();
    assertThat(session.isValidAt(T0.plus(UserSession.IDLE))).isFalse();
    assertThat(session.getExpiresAt()).isEqualTo(T0.plus(UserSession.IDLE));
  }

  @Test
  void aUseMovesTheExpiryButIsWrittenAtMostOnceAMinute() {
    Instant soon = T0.plus(UserSession.LAST_SEEN_PRECISION).minusMillis(1);
    assertThat(session.recordUse(soon)).isFalse();
    assertThat(session.getLastSeenAt()).isEqualTo(T0);

    Instant later = T0.plus(Duration.ofHours(7));
    assertThat(session.recordUse(later)).isTrue();
    assertThat(session.getLastSeenAt()).isEqualTo(later);
    assertThat(session.isValidAt(T0.plus(UserSession.IDLE).plusSeconds(1))).isTrue();
    assertThat(session.isValidAt(later.plus(UserSession.IDLE))).isFalse();
  }

  @Test
  void aPasswordChangeOrDisablingEndsIt() {
    owner.changeCredentials();
    assertThat(session.isValidAt(T0)).isFalse();

    UserSession other = new UserSession("cd34", owner, T0);
    owner.setDisabled(true);
    assertThat(other.isValidAt(T0)).isFalse();
    owner.setDisabled(false);
    assertThat(other.isValidAt(T0)).isTrue();
  }

  @Test
  void theSessionThatChangedThePasswordIsKept() {
    owner.changeCredentials();
    session.keepAfterCredentialsChange();
    assertThat(session.isValidAt(T0)).isTrue();
  }
}
