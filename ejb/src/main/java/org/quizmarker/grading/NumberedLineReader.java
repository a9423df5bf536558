package org.quizmarker.grading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a numbered answer line in any of the sheets' numbering styles ({@code 1. Paris},
 * {@code 2) 42}, {@code Q3: x}, {@code 4 - True}, {@code 5: B}, {@code Q6. 3/4}, {@code (7) 0.75},
 * {@code #8 x}) and reads OCR look-alikes in the number ({@code Q1O.} is 10, {@code l)} is 1).
 */
final class NumberedLineReader {

  /**
   * A numbered line.
   *
   * @param q the question number as read
   * @param text the answer after the number
   * @param afterPrefix for {@code Q}/{@code #} numbering, everything after that mark, so that a
   *     number run together with its answer ({@code #24} for {@code #2 4}) can be split once the
   *     sheet's sequence shows which number it is; otherwise {@code null}
   */
  record Numbered(int q, String text, String afterPrefix) {}

  /** Look-alikes that are also common letters: read as digits only after a Q/#/( mark. */
  private static final String WORD_LETTERS = "SsBZzGAi";

  /** What OCR makes of a handwritten Q before a number. */
  private static final String Q_LOOK_ALIKES = "GO";

  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?<prefix>[Qq#@]|[(\\[{]|[Cc](?=[0-9OoIl|\\\\]{1,3}\\s*\\)))?\\s*"
              + "(?<num>[0-9OoIl|\\\\SsBZzGAi]{1,4})"
              + "(?<close>\\s*[)\\]}])?(?<sep>\\s*[.:;,!~=\\-\u2013\u2014]+)?(?<rest>.*)");

  private NumberedLineReader() {}

  /**
   * The question number and answer text of {@code line}, if it is a numbered answer line. Numbers
   * without a Q/#/( mark must be at most {@code maxQuestion}; marked ones may be larger, since they
   * may be a number run together with its answer.
   */
  static Optional<Numbered> read(String line, int maxQuestion) {
    String stripped = line.strip();
    Matcher m = NUMBERED.matcher(stripped);
    if (!m.matches()) {
      return Optional.empty();
    }
    String num = m.group("num");
    String rest = m.group("rest");
    String prefixMark = m.group("prefix");
    int prefixEnd = prefixMark == null ? -1 : m.end("prefix");
    if (prefixMark == null
        && num.length() >= 2
        && Q_LOOK_ALIKES.indexOf(num.charAt(0)) >= 0
        && (m.group("close") != null || m.group("sep") != null)) {
      // "G3:" and "Gll:" are a handwritten Q3: and Q11:, not questions 63 and 611
      prefixMark = "Q";
      prefixEnd = m.start("num") + 1;
      num = num.substring(1);
    }
    boolean prefix = prefixMark != null;
    boolean close = m.group("close") != null;
    String sep = m.group("sep") == null ? null : m.group("sep").strip();
    boolean marked = prefix || close || sep != null;
    boolean restSpaced = rest.isEmpty() || Character.isWhitespace(rest.charAt(0));
    boolean realDigit = num.chars().anyMatch(Character::isDigit);
    if (!realDigit) {
      // Letters only: a look-alike number needs clear numbering around it, so that "I think",
      // "B) chloroplast" or "S. America" on a continuation line stay text.
      boolean wordLetters = num.chars().anyMatch(c -> WORD_LETTERS.indexOf(c) >= 0);
      if (wordLetters ? !prefix : !marked) {
        return Optional.empty();
      }
      if (!restSpaced && !close && sep == null) {
        return Optional.empty();
      }
    }
    if (!marked && (!restSpaced || rest.isBlank())) {
      // Bare "12 Paris" is taken (a lost dot); "1776" or "O2" alone is an answer, not a number.
      return Optional.empty();
    }
    if (!prefix
        && !close
        && (".".equals(sep) || ",".equals(sep))
        && !rest.isEmpty()
        && Character.isDigit(rest.charAt(0))) {
      // "4.25" is a decimal, not question 4.
      return Optional.empty();
    }
    int q = 0;
    for (int i = 0; i < num.length(); i++) {
      q = q * 10 + OcrConfusions.digitFor(num.charAt(i));
    }
    boolean runTogether = prefix && "Qq#@".contains(prefixMark);
    if (q < 1 || (!runTogether && q > maxQuestion)) {
      return Optional.empty();
    }
    String afterPrefix = runTogether ? stripped.substring(prefixEnd).strip() : null;
    return Optional.of(new Numbered(q, Normalizer.collapseWhitespace(rest), afterPrefix));
  }
}
