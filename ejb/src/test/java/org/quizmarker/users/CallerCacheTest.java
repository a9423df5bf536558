package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallerCacheTest {
  private final AtomicLong nanos = new AtomicLong();
  private final CallerCache cache = new CallerCache(nanos::get);
  private final AtomicInteger loads = new AtomicInteger();

  private Optional<Caller> load(long id) {
    loads.incrementAndGet();
    return Optional.of(new Caller(id, "user" + id, Set.of("teacher")));
  }

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void aCallerIsReadOnceWithinTheTtlAndAgainAfterIt() {
    assertThat(cache.get("user:1", () -> load(1))).map(Caller::username).contains("user1");
    advance(CallerCache.TTL.minusMillis(1));
    cache.get("user:1", () -> load(1));
    assertThat(loads).hasValue(1);

    advance(Duration.ofMillis(2));
    cache.get("user:1", () -> load(1));
    assertThat(loads).hasValue(2);
  }

  @Test
  void anUnknownCallerIsRememberedAsUnknown() {
    cache.get("token:abc", () -> Optional.empty());
    assertThat(cache.get("token:abc", () -> load(9))).isEmpty();
  }

  @Test
  void evictAllMakesTheNextRequestReadAgain() {
    cache.get("user:1", () -> load(1));
    cache.evictAll();
    assertThat(cache.get("user:1", () -> Optional.empty())).isEmpty();
    assertThat(loads).hasValue(1);
  }

  @Test
  void manyCallersStayWithinTheBoundWithoutEmptyingTheCache() {
    for (long id = 0; id < CallerCache.MAX_ENTRIES + 500; id++) {
      long i = id;
      cache.get("user:" + id, () -> load(i));
    }
    assertThat(cache.size()).isBetween(CallerCache.MAX_ENTRIES - 500, CallerCache.MAX_ENTRIES);
    long last = CallerCache.MAX_ENTRIES + 499;
    int before = loads.get();
    cache.get("user:" + last, () -> load(last)); // the newest entry survived the overflow
    assertThat(loads).hasValue(before);
  }

  @Test
  void evictForgetsOneEntryAndKeepsTheOthers() {
    cache.get("session:a", () -> load(1));
    cache.get("session:b", () -> load(2));
    cache.evict("session:a");
    assertThat(cache.get("session:a", () -> Optional.empty())).isEmpty();
    assertThat(cache.get("session:b", () -> Optional.empty())).map(Caller::id).contains(2L);
    assertThat(loads).hasValue(2);
  }

  @Test
  void cachedAnswersWithoutLoadingAndTellsAMissFromAnUnknownCaller() {
    String token = CallerCache.tokenKey("abc");
    assertThat(cache.cached(token)).isNull();
    cache.get(token, Optional::empty);
    assertThat(cache.cached(token)).isEmpty();
    String session = CallerCache.sessionKey("abc");
    assertThat(session).isNotEqualTo(token);
    cache.get(session, () -> load(2));
    assertThat(cache.cached(session)).map(Caller::id).contains(2L);
    cache.evict(session);
    assertThat(cache.cached(session)).isNull();
    assertThat(loads).hasValue(1);
  }
}
