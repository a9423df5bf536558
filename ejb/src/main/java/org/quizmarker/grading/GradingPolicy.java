package org.quizmarker.grading;

/**
 * When {@link Grader} decides on its own and when it asks a teacher. Confidences are OCR
 * confidences on a 0 to 100 scale.
 *
 * @param minConfidence below this an answer is always reviewed ({@code low_confidence}), even when
 *     it matches. Default {@value #DEFAULT_MIN_CONFIDENCE}: on the 40 dev sheets read by raw
 *     Tesseract 5 (psm 6, no preprocessing, line confidence = mean word confidence), lines under 70
 *     were read exactly less than half the time, lines over 90 nine times in ten; graded with this
 *     package, 70 decided 289 of 530 answers automatically with 2 wrong, against 308 with 4 wrong
 *     at 60 and 258 with 1 wrong at 80. Above 70 most misreadings that would change a decision are
 *     caught as near misses instead. Re-check it when the OCR layer changes.
 * @param clearlyWrongConfidence from this confidence up, an answer that is not a value of its type
 *     and not plausibly a misreading of one (a word for a number question) is decided wrong instead
 *     of reviewed. Default {@value #DEFAULT_CLEARLY_WRONG_CONFIDENCE}.
 * @param exactReadingConfidence from this confidence up, the reading is taken as exactly what the
 *     student wrote, so near misses and unparseable answers are decided by the grading rule (wrong)
 *     instead of reviewed. Default {@value #DEFAULT_EXACT_READING_CONFIDENCE}: only text that did
 *     not come from OCR (typed in, or a teacher's transcription) is that certain.
 * @param nearMissRatio edit distance relative to the longer string up to which a wrong text answer
 *     is a near miss; see {@link TextMatcher#DEFAULT_NEAR_MISS_RATIO}
 * @param committee how answers read by several readers are decided; the thresholds above apply to
 *     answers with one reading only
 */
public record GradingPolicy(
    double minConfidence,
    double clearlyWrongConfidence,
    double exactReadingConfidence,
    double nearMissRatio,
    CommitteeRule committee) {

  public static final double DEFAULT_MIN_CONFIDENCE = 70.0;
  public static final double DEFAULT_CLEARLY_WRONG_CONFIDENCE = 90.0;
  public static final double DEFAULT_EXACT_READING_CONFIDENCE = 100.0;

  /** The defaults described above. */
  public static final GradingPolicy DEFAULT =
      new GradingPolicy(
          DEFAULT_MIN_CONFIDENCE,
          DEFAULT_CLEARLY_WRONG_CONFIDENCE,
          DEFAULT_EXACT_READING_CONFIDENCE,
          TextMatcher.DEFAULT_NEAR_MISS_RATIO);

  /** A policy with the default committee rule. */
  public GradingPolicy(
      double minConfidence,
      double clearlyWrongConfidence,
      double exactReadingConfidence,
      double nearMissRatio) {
    this(
        minConfidence,
        clearlyWrongConfidence,
        exactReadingConfidence,
        nearMissRatio,
        CommitteeRule.DEFAULT);
  }

  /** This policy with another committee rule. */
  public GradingPolicy withCommittee(CommitteeRule rule) {
    return new GradingPolicy(
        minConfidence, clearlyWrongConfidence, exactReadingConfidence, nearMissRatio, rule);
  }

  public GradingPolicy {
    java.util.Objects.requireNonNull(committee, "committee");
    checkConfidence("minConfidence", minConfidence);
    checkConfidence("clearlyWrongConfidence", clearlyWrongConfidence);
    checkConfidence("exactReadingConfidence", exactReadingConfidence);
    if (!(nearMissRatio >= 0.0 && nearMissRatio < 1.0)) {
      throw new IllegalArgumentException("nearMissRatio must be in [0, 1): " + nearMissRatio);
    }
  }

  /** The defaults with another minimum confidence. */
  public static GradingPolicy withMinConfidence(double minConfidence) {
    return new GradingPolicy(
        minConfidence,
        DEFAULT_CLEARLY_WRONG_CONFIDENCE,
        DEFAULT_EXACT_READING_CONFIDENCE,
        TextMatcher.DEFAULT_NEAR_MISS_RATIO);
  }

  private static void checkConfidence(String name, double value) {
    if (!(value >= 0.0 && value <= 100.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 100: " + value);
    }
  }
}
