package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final LoginThrottle.Limits LIMITS =
      new LoginThrottle.Limits(
          3, 5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(10), 100);

  private final AtomicLong nanos = new AtomicLong();
  private final LoginThrottle throttle = new LoginThrottle(LIMITS, nanos::get);

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void anAccountIsLockedAfterItsLimitForTheLockout() {
    fail("bob", "10.0.0.1", 2);
    assertThat(throttle.lockedFor("bob", "10.0.0.1")).isEmpty();

    fail("bob", "10.0.0.1", 1);
    assertThat(throttle.lockedFor("bob", "10.0.0.9")).contains(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("BOB", "10.0.0.9")).as("names in any case").isPresent();
    assertThat(throttle.lockedFor("alice", "10.0.0.9")).isEmpty();

    advance(Duration.ofSeconds(45));
    assertThat(throttle.lockedFor("bob", "10.0.0.1")).contains(Duration.ofSeconds(15));
    advance(Duration.ofSeconds(15));
    assertThat(throttle.lockedFor("bob", "10.0.0.1")).isEmpty();
  }

  @Test
  void repeatedLockoutsDoubleUpToTheMaximum() {
    fail("bob", "a", 3);
    advance(Duration.ofMinutes(1));
    fail("bob", "b", 3);
    assertThat(throttle.lockedFor("bob", "c")).contains(Duration.ofMinutes(2));
    advance(Duration.ofMinutes(2));
    fail("bob", "d", 3);
    assertThat(throttle.lockedFor("bob", "c")).contains(Duration.ofMinutes(4));
    assertThat(throttle.lockout(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(throttle.lockout(40)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    fail("bob", "a", 2);
    advance(Duration.ofMinutes(16));
    fail("bob", "a", 2);
    assertThat(throttle.lockedFor("bob", "a")).isEmpty();
  }

  @Test
  void anAddressIsLockedAfterItsOwnLimitWhateverTheAccounts() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }
    assertThat(throttle.lockedFor("someone-else", "203.0.113.7")).contains(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("someone-else", "203.0.113.8")).isEmpty();
  }

  @Test
  void aSuccessClearsTheAccountButNotTheAddress() {
    fail("bob", "a", 2);
    throttle.failed("carol", "a");
    throttle.succeeded("Bob");
    fail("bob", "a", 2);
    assertThat(throttle.lockedFor("bob", "z")).as("count restarted after the success").isEmpty();
    assertThat(throttle.lockedFor("x", "a")).as("5 failures from address a").isPresent();
  }

  @Test
  void memoryIsBoundedByCount() {
    for (int i = 0; i < 1_000; i++) {
      throttle.failed("user" + i, "10.0." + (i / 256) + "." + (i % 256));
    }
    assertThat(throttle.size()).isLessThanOrEqualTo(100);
  }
}
