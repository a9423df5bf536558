package org.quizmarker.jobs;

import java.util.Arrays;
import java.util.Optional;

/** Life cycle of a job; {@link #wire()} is the lower-case name the REST API and database use. */
public enum JobStatus {
  QUEUED,
  PROCESSING,
  COMPLETED,
  FAILED,
  CANCELLED;

  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isEnded() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }

  public static Optional<JobStatus> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
  }
}
