package org.quizmarker.grading;

import java.util.Optional;

/** True/false answers: {@code true}/{@code t} and {@code false}/{@code f}, any case. */
public final class BooleanMatcher implements AnswerMatcher {

  /** The truth value {@code text} gives under the grading rule, if any. */
  public static Optional<Boolean> parseTruth(String text) {
    return switch (Normalizer.normalize(text)) {
      case "true", "t" -> Optional.of(Boolean.TRUE);
      case "false", "f" -> Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }

  @Override
  public MatchResult match(String answer, KeyQuestion question) {
    String read = Normalizer.normalize(answer);
    if (read.isEmpty()) {
      return MatchResult.of(MatchVerdict.UNPARSEABLE);
    }
    Optional<Boolean> truth = parseTruth(read);
    if (truth.isPresent()) {
      String equal = acceptedWith(truth.get(), question);
      return equal == null
          ? MatchResult.of(MatchVerdict.WRONG)
          : new MatchResult(MatchVerdict.CORRECT, equal);
    }
    // Not a truth value as read: maybe a misreading ("Tme", "7", "(T)").
    StringBuilder core = new StringBuilder();
    for (char c : read.toCharArray()) {
      char letter = OcrConfusions.letterFor(c);
      if (Character.isLetter(letter)) {
        core.append(letter);
      }
    }
    String guessText = core.toString();
    int toTrue = EditDistance.damerauLevenshtein(guessText, "true");
    int toFalse = EditDistance.damerauLevenshtein(guessText, "false");
    Boolean guess = null;
    if (guessText.equals("t") || (guessText.length() >= 3 && toTrue <= 1)) {
      guess = Boolean.TRUE;
    } else if (guessText.equals("f") || (guessText.length() >= 4 && toFalse <= 1)) {
      guess = Boolean.FALSE;
    }
    if (guess != null) {
      String equal = acceptedWith(guess, question);
      return equal == null
          ? MatchResult.of(MatchVerdict.UNPARSEABLE)
          : new MatchResult(MatchVerdict.NEAR_MISS, equal);
    }
    // A word far from both ("yes", "maybe") is an answer, just not a truth value: plainly wrong.
    boolean farFromBoth =
        guessText.length() >= 2
            && read.chars().noneMatch(Character::isDigit)
            && Math.min(toTrue, toFalse) >= 3;
    return MatchResult.of(farFromBoth ? MatchVerdict.OFF_TYPE : MatchVerdict.UNPARSEABLE);
  }

  @Override
  public boolean isValidAccepted(String accepted) {
    return parseTruth(accepted).isPresent();
  }

  private static String acceptedWith(boolean truth, KeyQuestion question) {
    for (String accepted : question.accepted()) {
      if (parseTruth(accepted).filter(t -> t == truth).isPresent()) {
        return accepted;
      }
    }
    return null;
  }
}
