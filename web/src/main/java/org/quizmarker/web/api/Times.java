package org.quizmarker.web.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as the API writes them: ISO-8601 UTC to the second, e.g. 2026-11-19T13:00:00Z. */
public final class Times {
  private Times() {}

  public static String iso(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
