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
 */
public record ParsedAnswer(int q, String text, double confidence, int lineIndex, Box box) {

  public ParsedAnswer {
    text = text == null ? "" : text;
  }
}
