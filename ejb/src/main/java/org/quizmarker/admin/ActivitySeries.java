package org.quizmarker.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Images ended per minute, and how long they waited and took, for the console's charts: every
 * minute of the window has a point, also the quiet ones, so a chart's axis is even.
 */
public final class ActivitySeries {
  public static final int BUCKET_SECONDS = 60;

  private ActivitySeries() {}

  /**
   * One image that ended: when, whether it was read, how long it waited in the queue (from its
   * job's creation to its start; null if unknown) and how long reading took (null if unknown).
   */
  public record EndedImage(Instant endedAt, boolean done, Long waitMs, Long readMs) {}

  /** One minute: images read and failed, and their mean wait and read time (null when none). */
  public record Point(
      Instant t, int imagesDone, int imagesFailed, Long meanWaitMs, Long meanReadMs) {}

  /** The points of the {@code minutes} minutes up to {@code now}, oldest first. */
  public static List<Point> of(List<EndedImage> images, Instant now, int minutes) {
    Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    Instant start = end.minus(minutes, ChronoUnit.MINUTES);
    int[] done = new int[minutes];
    int[] failed = new int[minutes];
    long[] waitSum = new long[minutes];
    int[] waitN = new int[minutes];
    long[] readSum = new long[minutes];
    int[] readN = new int[minutes];
    for (EndedImage i : images) {
      if (i.endedAt() == null || i.endedAt().isBefore(start) || !i.endedAt().isBefore(end)) {
        continue;
      }
      int b = (int) ChronoUnit.MINUTES.between(start, i.endedAt());
      if (i.done()) {
        done[b]++;
      } else {
        failed[b]++;
      }
      if (i.waitMs() != null && i.waitMs() >= 0) {
        waitSum[b] += i.waitMs();
        waitN[b]++;
      }
      if (i.readMs() != null && i.readMs() >= 0) {
        readSum[b] += i.readMs();
        readN[b]++;
      }
    }
    List<Point> points = new ArrayList<>(minutes);
    for (int b = 0; b < minutes; b++) {
      points.add(
          new Point(
              start.plus(b, ChronoUnit.MINUTES),
              done[b],
              failed[b],
              waitN[b] == 0 ? null : waitSum[b] / waitN[b],
              readN[b] == 0 ? null : readSum[b] / readN[b]));
    }
    return points;
  }
}
