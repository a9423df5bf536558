package org.quizmarker.grading;

/**
 * The grade of one question of the key.
 *
 * @param q the question number
 * @param text the answer as read, or {@code null} when the question was not found on the sheet
 * @param confidence the OCR confidence of the answer, or {@code null} when not found
 * @param correct whether the answer is correct. When {@code needsReview} is set this is only the
 *     reading's tentative verdict under the grading rule ({@code false} for a near miss), and
 *     {@code null} when there is none (question not found, answer unparseable)
 * @param points points awarded: the question's points when {@code correct} is true, else 0, or what
 *     a teacher's override says
 * @param needsReview whether a teacher has to decide
 * @param reason why a review is needed, or {@code null} when it is not
 * @param maxPoints the question's points in the key
 * @param override the teacher's decision, or {@code null} when there is none
 * @param readings every reader's reading of the answer (empty when there was one reader), so that a
 *     teacher reviewing it sees the alternatives
 */
public record AnswerDecision(
    int q,
    String text,
    Double confidence,
    Boolean correct,
    double points,
    boolean needsReview,
    ReviewReason reason,
    double maxPoints,
    TeacherOverride override,
    java.util.List<ReaderText> readings) {

  public AnswerDecision {
    readings = readings == null ? java.util.List.of() : java.util.List.copyOf(readings);
  }

  /** A decision without the readers' readings. */
  public AnswerDecision(
      int q,
      String text,
      Double confidence,
      Boolean correct,
      double points,
      boolean needsReview,
      ReviewReason reason,
      double maxPoints,
      TeacherOverride override) {
    this(q, text, confidence, correct, points, needsReview, reason, maxPoints, override, null);
  }

  /** An automatic decision, without a teacher's override. */
  public AnswerDecision(
      int q,
      String text,
      Double confidence,
      Boolean correct,
      double points,
      boolean needsReview,
      ReviewReason reason,
      double maxPoints) {
    this(q, text, confidence, correct, points, needsReview, reason, maxPoints, null);
  }

  /**
   * This decision as a teacher overrode it: {@code correct} and {@code points} (null for the full
   * points when correct, none when not) replace the automatic values and the review is done.
   */
  public AnswerDecision withOverride(boolean correct, Double points) {
    return withOverride(new TeacherOverride(correct, points));
  }

  /** This decision with {@code override} applied; see {@link #withOverride(boolean, Double)}. */
  public AnswerDecision withOverride(TeacherOverride override) {
    return new AnswerDecision(
        q,
        text,
        confidence,
        override.correct(),
        override.pointsFor(maxPoints),
        false,
        null,
        maxPoints,
        override,
        readings);
  }

  /** Whether a teacher decided this answer. */
  public boolean overridden() {
    return override != null;
  }
}
