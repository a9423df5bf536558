package org.quizmarker.grading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiple-choice answers: one letter, case-insensitive, surrounding parentheses ignored ({@code
 * (B)}, {@code b}, {@code B)}).
 */
public final class ChoiceMatcher implements AnswerMatcher {

  private static final Pattern LETTER = Pattern.compile("\\(?\\s*([a-z])\\s*\\)?");

  /** The letter (lower case) that {@code text} gives under the grading rule, if any. */
  public static Optional<Character> parseLetter(String text) {
    Matcher m = LETTER.matcher(Normalizer.normalize(text));
    return m.matches() ? Optional.of(m.group(1).charAt(0)) : Optional.empty();
  }

  @Override
  public MatchResult match(String answer, KeyQuestion question) {
    String read = Normalizer.normalize(answer);
    if (read.isEmpty()) {
      return MatchResult.of(MatchVerdict.UNPARSEABLE);
    }
    Optional<Character> letter = parseLetter(read);
    if (letter.isPresent()) {
      String equal = acceptedWithLetter(letter.get(), question);
      if (equal != null) {
        return new MatchResult(MatchVerdict.CORRECT, equal);
      }
      for (String accepted : question.accepted()) {
        Optional<Character> target = parseLetter(accepted);
        if (target.isPresent() && OcrConfusions.confusableLetters(letter.get(), target.get())) {
          return new MatchResult(MatchVerdict.NEAR_MISS, accepted);
        }
      }
      return MatchResult.of(MatchVerdict.WRONG);
    }
    // Not one letter as read: a look-alike digit ("8" for B) or stray marks around a letter.
    String core = read.replaceAll("[^\\p{L}\\p{N}]", "");
    if (core.length() == 1) {
      char guess = OcrConfusions.letterFor(core.charAt(0));
      String equal = guess >= 'a' && guess <= 'z' ? acceptedWithLetter(guess, question) : null;
      return equal == null
          ? MatchResult.of(MatchVerdict.UNPARSEABLE)
          : new MatchResult(MatchVerdict.NEAR_MISS, equal);
    }
    // One word of letters ("chloroplast") is an answer, just not a letter: plainly wrong.
    boolean oneWord =
        !read.contains(" ") && core.length() >= 2 && core.chars().allMatch(Character::isLetter);
    return MatchResult.of(oneWord ? MatchVerdict.OFF_TYPE : MatchVerdict.UNPARSEABLE);
  }

  @Override
  public boolean isValidAccepted(String accepted) {
    return parseLetter(accepted).isPresent();
  }

  private static String acceptedWithLetter(char letter, KeyQuestion question) {
    for (String accepted : question.accepted()) {
      if (parseLetter(accepted).filter(c -> c == letter).isPresent()) {
        return accepted;
      }
    }
    return null;
  }
}
