package org.quizmarker.ocr;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded file before it is stored: type by content, pixel count from the header, and
 * completeness. Never decodes pixels, so a small file that would decode to gigabytes (a
 * decompression bomb) costs nothing here.
 */
public final class ImageInspector {

  private final long maxPixels;

  /**
   * @param maxPixels the largest width x height accepted
   */
  public ImageInspector(long maxPixels) {
    if (maxPixels <= 0) {
      throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
    }
    this.maxPixels = maxPixels;
  }

  public long maxPixels() {
    return maxPixels;
  }

  /**
   * @throws ImageRejectedException with code EMPTY_FILE, UNSUPPORTED_MEDIA_TYPE, IMAGE_TOO_LARGE or
   *     CORRUPT_IMAGE
   */
  public InspectedImage inspect(byte[] bytes) throws ImageRejectedException {
    if (bytes == null || bytes.length == 0) {
      throw ImageRejectedException.emptyFile();
    }
    ImageFormat format =
        ImageFormat.sniff(bytes).orElseThrow(ImageRejectedException::unsupportedMediaType);
    int width;
    int height;
    try (ImageInputStream iis = ImageReaders.stream(bytes)) {
      ImageReader reader = ImageReaders.open(format, iis, false);
      try {
        if (reader.getNumImages(true) < 1) {
          throw ImageRejectedException.corruptImage(format, "the file contains no image", null);
        }
        width = reader.getWidth(0);
        height = reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw ImageRejectedException.corruptImage(format, "its header cannot be read", e);
    }
    if (width <= 0 || height <= 0) {
      throw ImageRejectedException.corruptImage(format, "its size is invalid", null);
    }
    if ((long) width * height > maxPixels) {
      throw ImageRejectedException.imageTooLarge(width, height, maxPixels);
    }
    ImageStructure.Result structure = ImageStructure.scan(format, bytes);
    if (!structure.complete()) {
      throw ImageRejectedException.corruptImage(
          format,
          "image data is truncated (the file ends early, perhaps because the upload was"
              + " interrupted)",
          null);
    }
    return new InspectedImage(format, width, height, structure.dpi());
  }
}
