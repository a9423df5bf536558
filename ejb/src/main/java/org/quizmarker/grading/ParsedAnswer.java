package org.quizmarker.grading;

/**
 * One numbered answer found on a sheet.
 *
 * @param q the question number
 * @param text what the student wrote after the number (whitespace collapsed, continuation lines
 *     appended with a space)
 * @param confidence OCR confidence 0 to 100; the lowest of its lines when it spans several
 * @param lineIndex index of the line the answer starts on, in the parser's input
 * @param box where the answer is on the image, or {@code null} when unknown
 * @param numberInDoubt whether the question number breaks the order of the sheet's other numbers
 *     ({@code 6} read after {@code 15}, where OCR probably lost the {@code 1} of {@code 16}), so
 *     the answer may belong to another question
 * @param readings what each reader read, when the answer was read by several (empty when only
 *     {@code text} is known); kept so that regrading never needs OCR again
 */
public record ParsedAnswer(
    int q,
    String text,
    double confidence,
    int lineIndex,
    Box box,
    boolean numberInDoubt,
    java.util.List<ReaderText> readings) {

  public ParsedAnswer {
    text = text == null ? "" : text;
    readings = readings == null ? java.util.List.of() : java.util.List.copyOf(readings);
  }

  /** An answer with one reading. */
  public ParsedAnswer(
      int q, String text, double confidence, int lineIndex, Box box, boolean numberInDoubt) {
    this(q, text, confidence, lineIndex, box, numberInDoubt, java.util.List.of());
  }

  /** An answer whose number fits the sheet's order. */
  public ParsedAnswer(int q, String text, double confidence, int lineIndex, Box box) {
    this(q, text, confidence, lineIndex, box, false);
  }

  /** This answer read as {@code text} with {@code confidence}, the rest unchanged. */
  public ParsedAnswer withReading(String text, double confidence) {
    return new ParsedAnswer(q, text, confidence, lineIndex, box, numberInDoubt, readings);
  }

  /** This answer with every reader's reading. */
  public ParsedAnswer withReadings(java.util.List<ReaderText> readings) {
    return new ParsedAnswer(q, text, confidence, lineIndex, box, numberInDoubt, readings);
  }

  /** This answer with its number in doubt or not. */
  public ParsedAnswer withNumberInDoubt(boolean inDoubt) {
    return new ParsedAnswer(q, text, confidence, lineIndex, box, inDoubt, readings);
  }

  /** This answer at {@code box}, the rest unchanged. */
  public ParsedAnswer withBox(Box box) {
    return new ParsedAnswer(q, text, confidence, lineIndex, box, numberInDoubt, readings);
  }
}
