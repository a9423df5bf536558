package org.quizmarker.ocr.preprocess;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;

/**
 * How the preprocessed image's pixels relate to the original image's, so that boxes found on the
 * preprocessed image can be shown on the original. Immutable; each step returns a new transform.
 */
public final class PageTransform {

  private static final PageTransform IDENTITY = new PageTransform(new AffineTransform());

  private final AffineTransform toProcessed;

  private PageTransform(AffineTransform toProcessed) {
    this.toProcessed = toProcessed;
  }

  public static PageTransform identity() {
    return IDENTITY;
  }

  public boolean isIdentity() {
    return toProcessed.isIdentity();
  }

  /** After turning an image of {@code width} x {@code height} by a quarter turn clockwise. */
  public PageTransform thenQuarter(int degreesClockwise, int width, int height) {
    int turns = Math.floorMod(degreesClockwise / 90, 4);
    AffineTransform step =
        switch (turns) {
          case 0 -> new AffineTransform();
          case 1 -> new AffineTransform(0, 1, -1, 0, height - 1, 0);
          case 2 -> new AffineTransform(-1, 0, 0, -1, width - 1, height - 1);
          default -> new AffineTransform(0, -1, 1, 0, 0, width - 1);
        };
    return then(step);
  }

  /** After a rotation by {@code degrees} clockwise about the centre of a width x height image. */
  public PageTransform thenRotate(double degrees, int width, int height) {
    AffineTransform step =
        AffineTransform.getRotateInstance(
            Math.toRadians(degrees), (width - 1) / 2.0, (height - 1) / 2.0);
    return then(step);
  }

  /** After scaling by {@code factor}. */
  public PageTransform thenScale(double factor) {
    return then(AffineTransform.getScaleInstance(factor, factor));
  }

  private PageTransform then(AffineTransform step) {
    AffineTransform combined = new AffineTransform(step);
    combined.concatenate(toProcessed);
    return new PageTransform(combined);
  }

  /**
   * The box (x, y, width, height) on the preprocessed image mapped to the original: the bounding
   * box of its four corners.
   */
  public int[] toOriginal(int x, int y, int width, int height) {
    if (isIdentity()) {
      return new int[] {x, y, width, height};
    }
    AffineTransform back;
    try {
      back = toProcessed.createInverse();
    } catch (NoninvertibleTransformException e) {
      return new int[] {x, y, width, height};
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int[] c : new int[][] {{x, y}, {x + width, y}, {x, y + height}, {x + width, y + height}}) {
      Point2D p = back.transform(new Point2D.Double(c[0], c[1]), null);
      minX = Math.min(minX, p.getX());
      minY = Math.min(minY, p.getY());
      maxX = Math.max(maxX, p.getX());
      maxY = Math.max(maxY, p.getY());
    }
    int bx = (int) Math.round(minX);
    int by = (int) Math.round(minY);
    return new int[] {bx, by, (int) Math.round(maxX) - bx, (int) Math.round(maxY) - by};
  }
}
