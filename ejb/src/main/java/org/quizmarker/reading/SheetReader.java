package org.quizmarker.reading;

import java.time.Duration;
import org.quizmarker.grading.AnswerKey;

/** Reads one sheet image. Implementations are thread-safe. */
public interface SheetReader {

  /**
   * @param bytes the image as uploaded (PNG, JPEG or TIFF, already checked at upload)
   * @param timeout the most the OCR may take for this image
   * @param key the answer key of the quiz the sheet will be graded against, or null: with a key,
   *     answer lines may be re-read with settings suited to each question's type
   */
  SheetReading read(byte[] bytes, Duration timeout, AnswerKey key) throws SheetUnreadableException;
}
