package org.quizmarker.reading;

import java.time.Duration;

/** Reads one sheet image. Implementations are thread-safe. */
public interface SheetReader {

  /**
   * @param bytes the image as uploaded (PNG, JPEG or TIFF, already checked at upload)
   * @param timeout the most the OCR may take for this image
   * @param quizId the quiz to grade against, or null to read only
   */
  SheetReading read(byte[] bytes, Duration timeout, Long quizId) throws SheetUnreadableException;
}
