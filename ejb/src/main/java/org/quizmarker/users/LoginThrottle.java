package org.quizmarker.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: counts failed sign-ins per account and per client address, and
 * after too many in a window refuses further attempts for a lockout that doubles with each
 * repetition (up to a maximum). An address gets a higher limit than an account, as many people may
 * share one (a school's NAT). A successful sign-in clears the account's count, not the address's.
 * Memory is bounded: at most {@link Limits#maxEntries()} counters, least recently used dropped
 * first, each forgotten once it has been quiet for a window plus the longest lockout.
 */
public final class LoginThrottle {

  /** The settings; see README "Sign-in, sessions and tokens". */
  public record Limits(
      int accountFailures,
      int addressFailures,
      Duration window,
      Duration lockout,
      Duration maxLockout,
      long maxEntries) {
    public Limits {
      if (accountFailures < 1 || addressFailures < 1 || maxEntries < 1) {
        throw new IllegalArgumentException("login limits must be at least 1");
      }
      if (window.isNegative() || lockout.isNegative() || maxLockout.compareTo(lockout) < 0) {
        throw new IllegalArgumentException("login durations must be >= 0, max >= lockout");
      }
    }
  }

  /** Failures of one account or address. Guarded by its own monitor. */
  private static final class Counter {
    long windowStart;
    int failures;
    int lockouts;
    long lockedUntil;
  }

  private final Limits limits;
  private final Ticker ticker;
  private final Cache<String, Counter> counters;

  public LoginThrottle(Limits limits) {
    this(limits, Ticker.systemTicker());
  }

  LoginThrottle(Limits limits, Ticker ticker) {
    this.limits = limits;
    this.ticker = ticker;
    this.counters =
        Caffeine.newBuilder()
            .maximumSize(limits.maxEntries())
            .expireAfterAccess(limits.window().plus(limits.maxLockout()))
            .ticker(ticker)
            .executor(Runnable::run) // no unmanaged threads inside the server
            .build();
  }

  /** How long this account or address must still wait, if either is locked out now. */
  public Optional<Duration> lockedFor(String username, String address) {
    long now = ticker.read();
    long wait = Math.max(remaining(accountKey(username), now), remaining(addressKey(address), now));
    return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
  }

  /** Records a failed sign-in (wrong password, unknown or disabled account). */
  public void failed(String username, String address) {
    long now = ticker.read();
    fail(accountKey(username), limits.accountFailures(), now);
    fail(addressKey(address), limits.addressFailures(), now);
  }

  /** A successful sign-in: the account starts afresh (its address does not). */
  public void succeeded(String username) {
    counters.invalidate(accountKey(username));
  }

  private long remaining(String key, long now) {
    Counter c = counters.getIfPresent(key);
    if (c == null) {
      return 0;
    }
    synchronized (c) {
      return Math.max(0, c.lockedUntil - now);
    }
  }

  private void fail(String key, int limit, long now) {
    Counter c = counters.get(key, k -> new Counter());
    synchronized (c) {
      long window = limits.window().toNanos();
      if (c.failures == 0 || now - c.windowStart > window) {
        c.windowStart = now;
        c.failures = 0;
        if (now - c.lockedUntil > window) {
          c.lockouts = 0; // quiet for a window since the last lockout: back to the first step
        }
      }
      c.failures++;
      if (c.failures >= limit) {
        c.lockouts++;
        c.lockedUntil = now + lockout(c.lockouts).toNanos();
        c.failures = 0;
      }
    }
  }

  /** The n-th lockout in a row: the base lockout doubled n-1 times, at most the maximum. */
  Duration lockout(int n) {
    Duration d = limits.lockout();
    for (int i = 1; i < n && d.compareTo(limits.maxLockout()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(limits.maxLockout()) > 0 ? limits.maxLockout() : d;
  }

  /** Accounts by name in any case (names are case-insensitive), capped like the login body. */
  private static String accountKey(String username) {
    String name = username == null ? "" : username;
    return "account:" + name.substring(0, Math.min(name.length(), 100)).toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }

  /** Counters held now, after pending evictions ran (for tests of the bound). */
  long size() {
    counters.cleanUp();
    return counters.estimatedSize();
  }
}
