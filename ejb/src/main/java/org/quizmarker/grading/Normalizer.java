package org.quizmarker.grading;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalisation of the grading rule: trim, case-fold, collapse whitespace, drop trailing {@code
 * .,;:!?}.
 */
public final class Normalizer {

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final String TRAILING_PUNCTUATION = ".,;:!?";

  private Normalizer() {}

  /** The normalised form of {@code text}; {@code null} gives the empty string. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    // Upper then lower case folds a little more than lower case alone (e.g. German sharp s).
    String folded = text.strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    String collapsed = WHITESPACE.matcher(folded).replaceAll(" ").strip();
    int end = collapsed.length();
    // "Paris !" loses the "!" and then the space: strip both until neither is left.
    while (end > 0
        && (TRAILING_PUNCTUATION.indexOf(collapsed.charAt(end - 1)) >= 0
            || collapsed.charAt(end - 1) == ' ')) {
      end--;
    }
    return collapsed.substring(0, end);
  }

  /** Trims and collapses whitespace runs to one space, keeping case and punctuation. */
  public static String collapseWhitespace(String text) {
    if (text == null) {
      return "";
    }
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
