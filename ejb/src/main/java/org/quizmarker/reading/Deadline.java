package org.quizmarker.reading;

import java.time.Duration;
import org.quizmarker.ocr.OcrTimeoutException;

/** The time limit of one sheet's reading, shared by every stage and engine. */
final class Deadline {
  private final Duration limit;
  private final long endNanos;

  Deadline(long startNanos, Duration limit) {
    this.limit = limit;
    this.endNanos = startNanos + limit.toNanos();
  }

  /** Fails when the time is up. */
  void check() throws OcrTimeoutException {
    if (System.nanoTime() >= endNanos) {
      throw new OcrTimeoutException(limit);
    }
  }

  /** The time left, for an engine's own limit; fails when none is. */
  Duration remaining() throws OcrTimeoutException {
    long left = endNanos - System.nanoTime();
    if (left <= 0) {
      throw new OcrTimeoutException(limit);
    }
    return Duration.ofNanos(Math.max(1_000_000L, left));
  }
}
