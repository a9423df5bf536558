package org.quizmarker.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Reads the text on an image. Implementations are thread-safe. */
public interface OcrEngine {

  /**
   * Recognises the text on {@code image}.
   *
   * @param image any image; it is converted to 8-bit grey if it is not already
   * @throws OcrTimeoutException if recognition took longer than {@link OcrRequest#timeout()}
   * @throws OcrFailedException if the engine could not read the image at all
   */
  OcrResult read(BufferedImage image, OcrRequest request)
      throws OcrTimeoutException, OcrFailedException;

  /**
   * Detects how the page is turned, if the engine can. The default cannot.
   *
   * @return empty if the engine cannot tell (too little text, or no detector)
   */
  default Optional<Orientation> detectOrientation(BufferedImage image) throws OcrFailedException {
    return Optional.empty();
  }
}
