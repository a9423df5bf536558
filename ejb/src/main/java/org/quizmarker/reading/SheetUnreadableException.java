package org.quizmarker.reading;

/**
 * The sheet can never be read, so retrying is pointless: corrupt or truncated image data, or a page
 * that takes longer than the OCR time limit. An expected outcome: no stack trace.
 */
public class SheetUnreadableException extends Exception {
  public SheetUnreadableException(String reason) {
    super(reason, null, false, false);
  }
}
