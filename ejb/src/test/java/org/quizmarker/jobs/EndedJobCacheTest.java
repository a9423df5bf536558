package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EndedJobCacheTest {
  private final AtomicLong nanos = new AtomicLong();
  private final EndedJobCache cache = new EndedJobCache(nanos::get);

  private static JobDetails ended(UUID id) {
    Instant t = Instant.parse("2026-12-01T10:00:00Z");
    JobSnapshot s =
        new JobSnapshot(
            id,
            7,
            JobType.UPLOAD,
            JobStatus.COMPLETED,
            100,
            "done",
            t,
            t,
            t,
            null,
            5,
            null,
            1,
            1,
            0);
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
}
