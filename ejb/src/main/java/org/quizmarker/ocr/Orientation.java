package org.quizmarker.ocr;

/**
 * How a page is turned, from Tesseract's orientation detection.
 *
 * @param degreesClockwise how far the page content is turned clockwise from upright: 0, 90, 180 or
 *     270
 * @param confidence Tesseract's orientation confidence: not a percentage, higher is surer (upright
 *     dev sheets scored 1.5-11, the lowest on a blurred low-resolution photo)
 */
public record Orientation(int degreesClockwise, float confidence) {

  /** The clockwise rotation that makes the page upright. */
  public int correctionClockwise() {
    return (360 - degreesClockwise) % 360;
  }
}
