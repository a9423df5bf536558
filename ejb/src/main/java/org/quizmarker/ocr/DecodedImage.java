package org.quizmarker.ocr;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A decoded image ready for OCR.
 *
 * @param image 8-bit grey ({@link BufferedImage#TYPE_BYTE_GRAY})
 * @param dpi the resolution recorded in the file, or {@code null}; pass it on as {@link
 *     OcrRequest#dpi()} so Tesseract sees what the {@code tesseract} command line would
 */
public record DecodedImage(BufferedImage image, Integer dpi) {

  public DecodedImage {
    Objects.requireNonNull(image, "image");
  }
}
