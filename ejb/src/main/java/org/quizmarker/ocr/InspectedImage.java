package org.quizmarker.ocr;

import java.util.Objects;

/**
 * What the header of an accepted image says.
 *
 * @param dpi the resolution recorded in the file (PNG pHYs, JPEG JFIF density, TIFF X/YResolution),
 *     rounded; {@code null} when the file records none or only an aspect ratio
 */
public record InspectedImage(ImageFormat format, int width, int height, Integer dpi) {

  public InspectedImage {
    Objects.requireNonNull(format, "format");
  }

  public long pixels() {
    return (long) width * height;
  }
}
