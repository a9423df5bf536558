package org.quizmarker.grading;

/**
 * One line of OCR output, as the OCR layer hands it to {@link AnswerParser}.
 *
 * @param text the recognised text of the line
 * @param confidence the OCR confidence for the line, 0 to 100
 * @param box where the line is on the image, or {@code null} when unknown
 */
public record TextLine(String text, double confidence, Box box) {

  public TextLine {
    text = text == null ? "" : text;
  }

  /** A line read with full confidence and no position, such as typed-in text. */
  public static TextLine of(String text) {
    return new TextLine(text, 100.0, null);
  }
}
