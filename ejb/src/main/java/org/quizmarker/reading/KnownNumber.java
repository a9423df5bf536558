package org.quizmarker.reading;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizmarker.grading.Normalizer;

/**
 * Strips the question number the parser expects from the start of a line read by another reader. A
 * generic prefix strip fails where PP-OCR v4 drops the space after the number ({@code #3 7} read as
 * {@code #37}); knowing the number is 3 leaves {@code 7}.
 */
final class KnownNumber {

  private static final String BEFORE = "^\\s*[(\\[{]?\\s*(?:(?:[Qq]|#|No\\.?)\\s*)?0*";
  private static final Pattern AFTER = Pattern.compile("^\\s*[)\\]}.:,;\\-\u2013\u2014]*\\s*");

  private KnownNumber() {}

  /**
   * The answer on {@code line} after question number {@code q}, whitespace collapsed; empty when
   * the line does not start with that number (in one of the sheets' numbering styles).
   */
  static Optional<String> strip(int q, String line) {
    OptionalInt prefix = prefixLength(q, line);
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Normalizer.collapseWhitespace(line.substring(prefix.getAsInt())));
  }

  /**
   * How many characters of {@code line} the question number {@code q} and its separator take,
   * trailing spaces excluded; empty when the line does not start with that number.
   */
  static OptionalInt prefixLength(int q, String line) {
    if (line == null || q < 0) {
      return OptionalInt.empty();
    }
    Matcher m = Pattern.compile(BEFORE + q).matcher(line);
    if (!m.find()) {
      return OptionalInt.empty();
    }
    int end = m.end();
    Matcher after = AFTER.matcher(line.substring(end));
    if (after.find()) {
      end += after.end();
    }
    return OptionalInt.of(line.substring(0, end).stripTrailing().length());
  }
}
