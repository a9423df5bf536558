package org.quizmarker.ocr;

/** The OCR engine could not read the image (engine failed to start, or recognition failed). */
public class OcrFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  public OcrFailedException(String message) {
    super(message);
  }

  public OcrFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
