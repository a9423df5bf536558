package org.quizmarker.jobs;

import java.util.Locale;

/** Life cycle of one uploaded image (job item). */
public enum ImageStatus {
  QUEUED,
  PROCESSING,
  COMPLETED,
  FAILED,
  /** Its job was cancelled before the image was read. */
  SKIPPED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isEnded() {
    return this == COMPLETED || this == FAILED || this == SKIPPED;
  }
}
