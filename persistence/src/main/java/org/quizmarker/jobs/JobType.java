package org.quizmarker.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a job does: read uploaded sheets, or (re)grade the readings of an earlier upload. */
public enum JobType {
  UPLOAD,
  GRADING;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<JobType> fromWire(String value) {
    return Arrays.stream(values()).filter(t -> t.wire().equals(value)).findFirst();
  }
}
