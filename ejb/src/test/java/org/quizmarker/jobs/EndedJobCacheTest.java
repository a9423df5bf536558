package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EndedJobCacheTest {
  private final AtomicLong nanos = new AtomicLong();
  private final EndedJobCache cache = new EndedJobCache(nanos::get);

  private static JobDetails ended(UUID id) {
    return details(id, JobStatus.COMPLETED);
  }

  private static JobDetails details(UUID id, JobStatus status) {
    Instant t = Instant.parse("2026-12-01T10:00:00Z");
    JobSnapshot s =
        new JobSnapshot(
            id, 7, JobType.UPLOAD, status, 100, "done", t, t, t, null, 5, null, 1, 1, 0);
    return new JobDetails(s, List.of(new ImageResult("a.png", "completed", null, null)));
  }

  @Test
  void anEndedJobIsKeptForTheTtlAndNotLonger() {
    UUID id = UUID.randomUUID();
    cache.put(ended(id));
    nanos.addAndGet(EndedJobCache.TTL.minusMillis(1).toNanos());
    assertThat(cache.get(id)).map(d -> d.snapshot().jobId()).contains(id);
    nanos.addAndGet(Duration.ofMillis(2).toNanos());
    assertThat(cache.get(id)).isEmpty();
  }

  @Test
  void changedMarksClearEveryEndedJob() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    cache.put(ended(a));
    cache.put(ended(b));
    cache.onMarksChanged(new MarksChanged());
    assertThat(cache.get(a)).isEmpty();
    assertThat(cache.get(b)).isEmpty();
  }

  @Test
  void manyEndedJobsStayWithinTheBoundAndTheNewestStays() {
    UUID newest = null;
    for (int i = 0; i < EndedJobCache.MAX_ENTRIES + 300; i++) {
      newest = UUID.randomUUID();
      cache.put(ended(newest));
    }
    assertThat(cache.size()).isBetween(EndedJobCache.MAX_ENTRIES - 300, EndedJobCache.MAX_ENTRIES);
    assertThat(cache.get(newest)).isPresent();
  }

  @Test
  void pollersOfAnExpiredJobWaitForOneLoad() throws Exception {
    UUID id = UUID.randomUUID();
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<JobDetails> slowLoad =
        () -> {
          loads.incrementAndGet();
          loading.countDown();
          try {
            release.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return ended(id);
        };
    ExecutorService pollers = Executors.newFixedThreadPool(4);
    try {
      List<Future<JobDetails>> answers = new ArrayList<>();
      answers.add(pollers.submit(() -> cache.getOrLoad(id, slowLoad)));
      assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 3; i++) {
        answers.add(pollers.submit(() -> cache.getOrLoad(id, slowLoad)));
      }
      Thread.sleep(100); // the three reach the cache while the first is still loading
      release.countDown();
      for (Future<JobDetails> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS).snapshot().jobId()).isEqualTo(id);
      }
    } finally {
      pollers.shutdownNow();
    }
    assertThat(loads).hasValue(1);
    assertThat(cache.get(id)).isPresent();
  }

  @Test
  void aJobThatHasNotEndedIsAnsweredButNotKept() {
    UUID id = UUID.randomUUID();
    JobDetails running = details(id, JobStatus.PROCESSING);
    assertThat(cache.getOrLoad(id, () -> running)).isSameAs(running);
    assertThat(cache.get(id)).isEmpty();
  }

  @Test
  void aFailedLoadKeepsNothing() {
    UUID id = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                cache.getOrLoad(
                    id,
                    () -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");
    assertThat(cache.getOrLoad(id, () -> ended(id)).snapshot().jobId()).isEqualTo(id);
  }
}
