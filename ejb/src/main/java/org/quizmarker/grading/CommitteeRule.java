package org.quizmarker.grading;

/**
 * When the readers of an answer settle it without a teacher. Tesseract and the PP-OCR models fail
 * differently, so when Tesseract agrees with a PP-OCR reading (under {@link ReadingAgreement}) the
 * reading is what the student wrote; the two PP-OCR models share their mistakes, so their agreement
 * alone needs a high confidence. Anything else goes to a teacher as {@code readers_disagree}.
 *
 * @param minAgreedConfidence the higher confidence of Tesseract and an agreeing PP-OCR reading from
 *     which they decide
 * @param minPairConfidence the lower confidence of two agreeing PP-OCR readings, without
 *     Tesseract's support, from which they decide (above 100: never)
 * @param agreedNearMissDecides whether an agreed reading that nearly matches an accepted answer is
 *     decided wrong (a misspelling both readers saw) instead of reviewed
 * @param dissentAllowed whether two agreeing readers decide although the third read another value
 *     of the question's type; when not, any such dissent sends the answer to review
 * @param minKeyScore an answer the readers did not settle is decided right when both PP-OCR models'
 *     {@link KeyVerification key scores} are at least this (positive infinity: never)
 * @param maxWrongKeyScore an answer the readers did not settle is decided wrong when both PP-OCR
 *     models' key scores are below this and no reading matches or nearly matches an accepted answer
 *     (negative infinity: never)
 */
public record CommitteeRule(
    double minAgreedConfidence,
    double minPairConfidence,
    boolean agreedNearMissDecides,
    boolean dissentAllowed,
    double minKeyScore,
    double maxWrongKeyScore) {

  /** A rule that decides by agreement only, never by the key's score. */
  public CommitteeRule(
      double minAgreedConfidence,
      double minPairConfidence,
      boolean agreedNearMissDecides,
      boolean dissentAllowed) {
    this(
        minAgreedConfidence,
        minPairConfidence,
        agreedNearMissDecides,
        dissentAllowed,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY);
  }

  /** This rule with other key-score thresholds. */
  public CommitteeRule withKeyScores(double minKeyScore, double maxWrongKeyScore) {
    return new CommitteeRule(
        minAgreedConfidence,
        minPairConfidence,
        agreedNearMissDecides,
        dissentAllowed,
        minKeyScore,
        maxWrongKeyScore);
  }

  /** Whether key scores can decide anything under this rule. */
  public boolean verifies() {
    return minKeyScore != Double.POSITIVE_INFINITY || maxWrongKeyScore != Double.NEGATIVE_INFINITY;
  }

  /**
   * Calibrated on the dev sheets with leave-one-font-out cross-validation (see the README's
   * Accuracy section and {@code scripts/accuracy.sh}).
   */
  public static final CommitteeRule DEFAULT =
      new CommitteeRule(60, 50, false, true, -4.0, Double.NEGATIVE_INFINITY);
}
