package org.quizmarker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quizmarker.jobs.JobStatus;

class DatabaseTotalsCacheTest {
  private final AtomicLong nanos = new AtomicLong();
  private final DatabaseTotalsCache cache = new DatabaseTotalsCache(nanos::get);
  private final AtomicInteger counts = new AtomicInteger();

  private DatabaseTotals count() {
    int n = counts.incrementAndGet();
    return new DatabaseTotals(Map.of(JobStatus.COMPLETED, (long) n), n, n);
  }

  @Test
  void countsOnceUntilTheTtlEnds() {
    assertThat(cache.get(this::count).images()).isEqualTo(1);
    nanos.addAndGet(DatabaseTotalsCache.TTL.minusSeconds(1).toNanos());
    assertThat(cache.get(this::count).images()).isEqualTo(1);
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(cache.get(this::count).images()).isEqualTo(2);
  }

  @Test
  void aJobChangeOrDeletedImagesCountAgain() {
    cache.get(this::count);
    cache.onJobChanged(null);
    assertThat(cache.get(this::count).images()).isEqualTo(2);
    cache.onImagesDeleted(new StoredImagesDeleted(3));
    assertThat(cache.get(this::count).storedImages()).isEqualTo(3);
  }
}
