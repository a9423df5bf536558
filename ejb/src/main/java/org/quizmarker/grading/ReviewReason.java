package org.quizmarker.grading;

import java.util.Locale;
import java.util.Optional;

/** Why an answer needs a teacher's review; the wire names are those of the REST API. */
public enum ReviewReason {
  /** The OCR confidence of the answer is below {@link GradingPolicy#minConfidence()}. */
  LOW_CONFIDENCE("low_confidence"),
  /** Wrong as read, but so close to an accepted answer that OCR may have misread it. */
  NEAR_MISS("near_miss"),
  /** A question of the key with no answer on the sheet. */
  NOT_FOUND("not_found"),
  /**
   * The answer does not parse for its question's type (or is blank), or its question number breaks
   * the sheet's order, so it may be another question's answer.
   */
  UNPARSED("unparsed"),
  /**
   * The readers (OCR engines) read the answer differently; each reading is kept for the teacher.
   */
  READERS_DISAGREE("readers_disagree");

  private final String wireName;

  ReviewReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The reason with this wire name (case-insensitive), or empty when there is none. */
  public static Optional<ReviewReason> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ReviewReason reason : values()) {
      if (reason.wireName.equals(wanted)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
