package org.quizmarker.grading;

/** How an answer, exactly as read, compares with a question's accepted answers. */
public enum MatchVerdict {
  /** Correct under the grading rule. */
  CORRECT,
  /** A valid value of the question's type that is plainly not accepted. */
  WRONG,
  /**
   * Not correct as read, but close enough to an accepted answer that the reading may be an OCR
   * error of it ({@code Pads} for {@code Paris}, {@code 48} for {@code 46}, {@code O.75}).
   */
  NEAR_MISS,
  /**
   * Not a value of the question's type, but possibly a misreading of one ({@code 4x5} for a number,
   * {@code 8} for a letter, a blank).
   */
  UNPARSEABLE,
  /**
   * Not a value of the question's type and not plausibly a misreading of one (a word for a number
   * question): wrong when the reading is trusted.
   */
  OFF_TYPE
}
