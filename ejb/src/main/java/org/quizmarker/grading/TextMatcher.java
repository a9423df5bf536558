package org.quizmarker.grading;

/**
 * Text answers: correct only when the normalised answer equals a normalised accepted answer (a
 * misspelling is wrong). A wrong answer within a small edit distance of an accepted one is a near
 * miss, because OCR may have misread a correct answer.
 */
public final class TextMatcher implements AnswerMatcher {

  /**
   * Edit distance, relative to the longer string, up to which a wrong answer is a near miss: 0.4
   * lets two edits through on a five-letter word ({@code Pads} for {@code Paris}) and one on a two-
   * to four-letter word, while {@code Rome} against {@code Paris} stays plainly wrong.
   */
  public static final double DEFAULT_NEAR_MISS_RATIO = 0.4;

  private final double nearMissRatio;

  public TextMatcher() {
    this(DEFAULT_NEAR_MISS_RATIO);
  }

  public TextMatcher(double nearMissRatio) {
    if (!(nearMissRatio >= 0.0 && nearMissRatio < 1.0)) {
      throw new IllegalArgumentException("nearMissRatio must be in [0, 1): " + nearMissRatio);
    }
    this.nearMissRatio = nearMissRatio;
  }

  @Override
  public MatchResult match(String answer, KeyQuestion question) {
    String read = Normalizer.normalize(answer);
    if (read.isEmpty()) {
      return MatchResult.of(MatchVerdict.UNPARSEABLE);
    }
    for (String accepted : question.accepted()) {
      if (read.equals(Normalizer.normalize(accepted))) {
        return new MatchResult(MatchVerdict.CORRECT, accepted);
      }
    }
    String readCanonical = OcrConfusions.canonicalText(read);
    String closest = null;
    int closestDistance = Integer.MAX_VALUE;
    for (String accepted : question.accepted()) {
      String target = Normalizer.normalize(accepted);
      if (target.isEmpty()) {
        continue;
      }
      int distance =
          Math.min(
              EditDistance.damerauLevenshtein(read, target),
              EditDistance.damerauLevenshtein(readCanonical, OcrConfusions.canonicalText(target)));
      int limit =
          Math.max(
              1, (int) Math.floor(nearMissRatio * Math.max(read.length(), target.length()) + 1e-9));
      if (distance <= limit && distance < closestDistance) {
        closest = accepted;
        closestDistance = distance;
      }
    }
    return closest == null
        ? MatchResult.of(MatchVerdict.WRONG)
        : new MatchResult(MatchVerdict.NEAR_MISS, closest);
  }

  @Override
  public boolean isValidAccepted(String accepted) {
    return !Normalizer.normalize(accepted).isEmpty();
  }
}
