package org.quizmarker.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image in Java (never with native decoders) to 8-bit grey for OCR. Runs the same checks
 * as {@link ImageInspector} first, so bytes that skipped the upload check are still safe.
 */
public final class ImageDecoder {

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
    BufferedImage image;
    try (ImageInputStream iis = ImageReaders.stream(bytes)) {
      ImageReader reader = ImageReaders.open(inspected.format(), iis, true);
      try {
        image = reader.read(0, reader.getDefaultReadParam());
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableImageException(
          "the " + inspected.format() + " image cannot be decoded: " + e.getMessage(), e);
    }
    return new DecodedImage(Greyscale.toGrey(image), inspected.dpi());
  }
}
