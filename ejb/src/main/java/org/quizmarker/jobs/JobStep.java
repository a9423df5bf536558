package org.quizmarker.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Job-level work that follows the images: the messages on the jobs queue. */
public enum JobStep {
  /** Every image has ended: decide the job's outcome. */
  FINALISE,
  /** Grade (again) the stored readings of an upload against a quiz's current key. */
  GRADE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<JobStep> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
  }
}
