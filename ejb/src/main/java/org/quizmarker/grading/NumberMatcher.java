package org.quizmarker.grading;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Number answers: an integer, decimal or fraction whose value equals an accepted value (within the
 * question's tolerance, else exactly). {@code .6}, {@code 0.6} and {@code 3/5} are the same value.
 */
public final class NumberMatcher implements AnswerMatcher {

  @Override
  public MatchResult match(String answer, KeyQuestion question) {
    String read = Normalizer.normalize(answer);
    if (read.isEmpty()) {
      return MatchResult.of(MatchVerdict.UNPARSEABLE);
    }
    Optional<NumberValue> value = NumberValue.parse(read);
    if (value.isPresent()) {
      String equal = acceptedEqualTo(value.get(), question);
      if (equal != null) {
        return new MatchResult(MatchVerdict.CORRECT, equal);
      }
      for (String accepted : question.accepted()) {
        if (nearMiss(read, value.get(), accepted)) {
          return new MatchResult(MatchVerdict.NEAR_MISS, accepted);
        }
      }
      return MatchResult.of(MatchVerdict.WRONG);
    }
    // Not a number as read: letters in place of digits ("O.75", "l776") may be OCR errors.
    String repaired = OcrConfusions.repairNumber(read);
    Optional<NumberValue> repairedValue =
        repaired == null ? Optional.empty() : NumberValue.parse(repaired);
    if (repairedValue.isPresent()) {
      String equal = acceptedEqualTo(repairedValue.get(), question);
      return equal == null
          ? MatchResult.of(MatchVerdict.UNPARSEABLE)
          : new MatchResult(MatchVerdict.NEAR_MISS, equal);
    }
    return read.chars().anyMatch(Character::isDigit)
        ? MatchResult.of(MatchVerdict.UNPARSEABLE)
        : MatchResult.of(MatchVerdict.OFF_TYPE);
  }

  @Override
  public boolean isValidAccepted(String accepted) {
    return NumberValue.parse(Normalizer.normalize(accepted)).isPresent();
  }

  private static String acceptedEqualTo(NumberValue value, KeyQuestion question) {
    for (String accepted : question.accepted()) {
      Optional<NumberValue> target = NumberValue.parse(Normalizer.normalize(accepted));
      if (target.isPresent() && value.equalsWithin(target.get(), question.tolerance())) {
        return accepted;
      }
    }
    return null;
  }

  /**
   * Whether a wrong number differs from an accepted one only as OCR would misread it: one digit
   * swapped for a look-alike ({@code 48}/{@code 46}), a lost or extra decimal point or fraction bar
   * ({@code 075}/{@code 0.75}), or a stray minus sign.
   */
  static boolean nearMiss(String read, NumberValue readValue, String accepted) {
    String target = Normalizer.normalize(accepted);
    Optional<NumberValue> targetValue = NumberValue.parse(target);
    if (targetValue.isEmpty()) {
      return false;
    }
    for (String s : forms(read, readValue)) {
      for (String t : forms(target, targetValue.get())) {
        if (oneConfusableDigit(s, t) || sameDigits(s, t) || unsigned(s).equals(unsigned(t))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> forms(String written, NumberValue value) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(written.replace(" ", ""));
    if (written.startsWith(".")) {
      forms.add("0" + written);
    }
    value.decimalString().ifPresent(forms::add);
    return forms;
  }

  private static boolean oneConfusableDigit(String s, String t) {
    if (s.length() != t.length()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < s.length(); i++) {
      char a = s.charAt(i);
      char b = t.charAt(i);
      if (a != b) {
        if (++differences > 1 || !OcrConfusions.confusableDigits(a, b)) {
          return false;
        }
      }
    }
    return differences == 1;
  }

  private static boolean sameDigits(String s, String t) {
    String a = s.replace(".", "").replace("/", "");
    String b = t.replace(".", "").replace("/", "");
    return !a.isEmpty() && a.equals(b);
  }

  private static String unsigned(String s) {
    return s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
  }
}
