package org.quizmarker.ocr;

import java.util.List;

/**
 * One recognised text line.
 *
 * @param text the line's text without the line break
 * @param confidence Tesseract's confidence, 0-100
 */
public record OcrLine(String text, float confidence, Box box, List<OcrWord> words) {

  public OcrLine {
    words = List.copyOf(words);
  }
}
