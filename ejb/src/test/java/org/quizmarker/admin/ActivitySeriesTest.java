package org.quizmarker.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivitySeriesTest {
  static final Instant NOW = Instant.parse("2026-12-01T10:30:20Z");

  @Test
  void everyMinuteOfTheWindowHasAPointWithItsCountsAndMeans() {
    List<ActivitySeries.Point> points =
        ActivitySeries.of(
            List.of(
                new ActivitySeries.EndedImage(
                    Instant.parse("2026-12-01T10:30:05Z"), true, 100L, 1000L),
                new ActivitySeries.EndedImage(
                    Instant.parse("2026-12-01T10:30:15Z"), true, 300L, 2000L),
                new ActivitySeries.EndedImage(
                    Instant.parse("2026-12-01T10:29:59Z"), false, null, 50L),
                new ActivitySeries.EndedImage(Instant.parse("2026-12-01T10:20:00Z"), true, 1L, 1L)),
            NOW,
            3);
    assertThat(points)
        .extracting(ActivitySeries.Point::t)
        .containsExactly(
            Instant.parse("2026-12-01T10:28:00Z"),
            Instant.parse("2026-12-01T10:29:00Z"),
            Instant.parse("2026-12-01T10:30:00Z"));
    assertThat(points.get(0))
        .isEqualTo(new ActivitySeries.Point(points.get(0).t(), 0, 0, null, null));
    assertThat(points.get(1))
        .isEqualTo(new ActivitySeries.Point(points.get(1).t(), 0, 1, null, 50L));
    assertThat(points.get(2))
        .isEqualTo(new ActivitySeries.Point(points.get(2).t(), 2, 0, 200L, 1500L));
  }
}
