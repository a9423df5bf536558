package org.quizmarker.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * An 8-bit grey image as a plain array (row-major, one byte per pixel, 0 = black, 255 = white): the
 * working form of the preprocessing steps.
 */
public record GreyPixels(int width, int height, byte[] data) {

  public GreyPixels {
    Objects.requireNonNull(data, "data");
    if (width < 1 || height < 1 || data.length != width * height) {
      throw new IllegalArgumentException("bad size " + width + " x " + height);
    }
  }

  /** A white image. */
  public static GreyPixels white(int width, int height) {
    byte[] data = new byte[width * height];
    java.util.Arrays.fill(data, (byte) 255);
    return new GreyPixels(width, height, data);
  }

  /** The pixels of an 8-bit grey image ({@link BufferedImage#TYPE_BYTE_GRAY}). */
  public static GreyPixels of(BufferedImage grey) {
    if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      throw new IllegalArgumentException("not an 8-bit grey image: type " + grey.getType());
    }
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] data = new byte[w * h];
    grey.getRaster().getDataElements(0, 0, w, h, data);
    return new GreyPixels(w, h, data);
  }

  public BufferedImage toImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, width, height, data);
    return image;
  }

  public int get(int x, int y) {
    return data[y * width + x] & 0xFF;
  }

  /** The value at (x, y), or white outside the image. */
  public int getOrWhite(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? 255 : data[y * width + x] & 0xFF;
  }

  /** The rectangle clipped to the image; empty rectangles give a 1 x 1 white image. */
  public GreyPixels crop(int x, int y, int w, int h) {
    int x0 = Math.max(0, x);
    int y0 = Math.max(0, y);
    int x1 = Math.min(width, x + w);
    int y1 = Math.min(height, y + h);
    if (x1 <= x0 || y1 <= y0) {
      return white(1, 1);
    }
    int cw = x1 - x0;
    int ch = y1 - y0;
    byte[] out = new byte[cw * ch];
    for (int row = 0; row < ch; row++) {
      System.arraycopy(data, (y0 + row) * width + x0, out, row * cw, cw);
    }
    return new GreyPixels(cw, ch, out);
  }

  /** This image inside a white border of {@code pad} pixels on every side. */
  public GreyPixels pad(int pad) {
    int w = width + 2 * pad;
    int h = height + 2 * pad;
    GreyPixels out = white(w, h);
    for (int row = 0; row < height; row++) {
      System.arraycopy(data, row * width, out.data, (row + pad) * w + pad, width);
    }
    return out;
  }
}
