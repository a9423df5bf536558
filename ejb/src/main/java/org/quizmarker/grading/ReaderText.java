package org.quizmarker.grading;

import java.util.Objects;

/**
 * What one reader (OCR engine) read for an answer.
 *
 * @param engine the reader: {@value #TESSERACT}, {@value #PPOCR_V4} or {@value #PPOCR_V3}
 * @param text the answer as read, question number stripped
 * @param confidence the reader's confidence, 0 to 100 (Tesseract's word confidence; PP-OCR's mean
 *     character probability × 100)
 */
public record ReaderText(String engine, String text, double confidence) {

  public static final String TESSERACT = "tesseract";
  public static final String PPOCR_V4 = "ppocr-v4";
  public static final String PPOCR_V3 = "ppocr-v3";

  public ReaderText {
    Objects.requireNonNull(engine, "engine");
    text = text == null ? "" : text;
  }

  /** Not a bean-style getter, so JSON-B does not add it to the API's {@code readings}. */
  public boolean fromTesseract() {
    return TESSERACT.equals(engine);
  }
}
