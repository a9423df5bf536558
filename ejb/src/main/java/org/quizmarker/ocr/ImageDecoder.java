package org.quizmarker.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image in Java (never with native decoders) to 8-bit grey for OCR. Runs the same checks
 * as {@link ImageInspector} first, so bytes that skipped the upload check are still safe.
 */
public final class ImageDecoder {

  /**
   * Images with more pixels than this are decoded at a half (a third, ...) of their size in each
   * direction. A 40-megapixel photo decodes to 120 MB of colour before it turns grey, and two
   * workers decoding such photos at once ran a 512 MiB heap out of memory; at a quarter of the
   * pixels, a whole A4 page is still over 300 dpi, more than the readers need.
   */
  static final long FULL_SIZE_PIXELS = 24_000_000;

  /**
   * Decodes the first image in {@code bytes}.
   *
   * @param maxPixels the largest width x height that will be decoded
   * @throws UnreadableImageException if the bytes are empty, not PNG/JPEG/TIFF, too large,
   *     truncated or cannot be decoded
   */
  public DecodedImage decode(byte[] bytes, long maxPixels) throws UnreadableImageException {
    InspectedImage inspected;
    try {
      inspected = new ImageInspector(maxPixels).inspect(bytes);
    } catch (ImageRejectedException e) {
      throw new UnreadableImageException(e.detail() != null ? e.detail() : e.getMessage(), e);
    }
    int step = subsampling(inspected.width(), inspected.height());
    BufferedImage image;
    try (ImageInputStream iis = ImageReaders.stream(bytes)) {
      ImageReader reader = ImageReaders.open(inspected.format(), iis, true);
      try {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        image = reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableImageException(
          "the " + inspected.format() + " image cannot be decoded: " + e.getMessage(), e);
    }
    Integer dpi = inspected.dpi();
    if (dpi != null && step > 1) {
      dpi = Math.max(1, Math.round(dpi / (float) step));
    }
    return new DecodedImage(Greyscale.toGrey(image), dpi);
  }

  /** 1 (every pixel) up to {@link #FULL_SIZE_PIXELS}, else the smallest step that fits under it. */
  static int subsampling(int width, int height) {
    long pixels = (long) width * height;
    int step = 1;
    while (pixels / ((long) step * step) > FULL_SIZE_PIXELS) {
      step++;
    }
    return step;
  }
}
