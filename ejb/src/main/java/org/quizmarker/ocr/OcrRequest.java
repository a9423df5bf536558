package org.quizmarker.ocr;

import java.time.Duration;
import java.util.Objects;

/**
 * How to read one image.
 *
 * @param pageSegMode Tesseract page segmentation mode (0-13): 6 = one uniform block of text, 7 =
 *     one text line
 * @param timeout time limit for recognition; enforced inside Tesseract, see {@link TesseractEngine}
 * @param charWhitelist the only characters to recognise, or {@code null} for all
 * @param dpi the image's resolution, normally {@link DecodedImage#dpi()}; {@code null}, or a value
 *     outside Tesseract's credible range 70-2400, means {@value #DEFAULT_DPI}
 */
public record OcrRequest(int pageSegMode, Duration timeout, String charWhitelist, Integer dpi) {

  /** Used when the image does not say: the resolution of a typical scan. */
  public static final int DEFAULT_DPI = 300;

  /** One block of text: reads the short answer lines that the fully automatic mode 3 drops. */
  public static final int PSM_SINGLE_BLOCK = 6;

  /** A single line of text. */
  public static final int PSM_SINGLE_LINE = 7;

  public OcrRequest {
    if (pageSegMode < 0 || pageSegMode > 13) {
      throw new IllegalArgumentException("pageSegMode must be 0-13: " + pageSegMode);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** A whole answer sheet (page segmentation mode 6). */
  public static OcrRequest page(Duration timeout) {
    return new OcrRequest(PSM_SINGLE_BLOCK, timeout, null, null);
  }

  /** A single line of text (page segmentation mode 7), e.g. a cropped answer. */
  public static OcrRequest line(Duration timeout) {
    return new OcrRequest(PSM_SINGLE_LINE, timeout, null, null);
  }

  public OcrRequest withDpi(Integer dpi) {
    return new OcrRequest(pageSegMode, timeout, charWhitelist, dpi);
  }

  public OcrRequest withCharWhitelist(String charWhitelist) {
    return new OcrRequest(pageSegMode, timeout, charWhitelist, dpi);
  }
}
