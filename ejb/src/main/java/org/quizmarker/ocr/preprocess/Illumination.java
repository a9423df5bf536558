package org.quizmarker.ocr.preprocess;

import java.util.Arrays;

/**
 * The paper's brightness across the page and its removal. The background is estimated on a
 * block-averaged copy of about 400 pixels on the long side: a grey closing (maximum then minimum
 * filter) wipes out the writing, which is darker than the paper and thinner than the filter, and a
 * box blur smooths the result. Dividing by it flattens light gradients and shadows.
 */
public final class Illumination {

  private static final int TARGET_SIDE = 400;
  private static final int CLOSE_RADIUS = 3;
  private static final int BLUR_RADIUS = 4;

  private final int width;
  private final int height;
  private final int factor;
  private final int smallWidth;
  private final int smallHeight;
  private final float[] background;

  private Illumination(int width, int height, int factor, int sw, int sh, float[] background) {
    this.width = width;
    this.height = height;
    this.factor = factor;
    this.smallWidth = sw;
    this.smallHeight = sh;
    this.background = background;
  }

  /** Estimates the background of {@code src}. */
  public static Illumination estimate(GreyPixels src) {
    int factor = Math.max(1, Math.round(Math.max(src.width(), src.height()) / (float) TARGET_SIDE));
    int[] size = new int[2];
    float[] small = Geometry.blockMean(src, factor, size);
    int sw = size[0];
    int sh = size[1];
    float[] closed = Filters.min(Filters.max(small, sw, sh, CLOSE_RADIUS), sw, sh, CLOSE_RADIUS);
    float[] smooth = Filters.boxBlur(closed, sw, sh, BLUR_RADIUS);
    return new Illumination(src.width(), src.height(), factor, sw, sh, smooth);
  }

  /** The estimated paper brightness at a pixel of the full image (bilinear between blocks). */
  public float at(int x, int y) {
    float fx = (x + 0.5f) / factor - 0.5f;
    float fy = (y + 0.5f) / factor - 0.5f;
    int x0 = (int) Math.floor(fx);
    int y0 = (int) Math.floor(fy);
    float ax = fx - x0;
    float ay = fy - y0;
    float a = sample(x0, y0);
    float b = sample(x0 + 1, y0);
    float c = sample(x0, y0 + 1);
    float d = sample(x0 + 1, y0 + 1);
    return (a * (1 - ax) + b * ax) * (1 - ay) + (c * (1 - ax) + d * ax) * ay;
  }

  private float sample(int x, int y) {
    x = x < 0 ? 0 : Math.min(x, smallWidth - 1);
    y = y < 0 ? 0 : Math.min(y, smallHeight - 1);
    return background[y * smallWidth + x];
  }

  /**
   * How uneven the background is: (98th - 2nd percentile) / 98th percentile of the estimated
   * background. About 0 for a scan of white paper; a shadow, a light gradient or a dark surface
   * around a photographed sheet raise it.
   */
  public double unevenness() {
    float[] sorted = background.clone();
    Arrays.sort(sorted);
    float high = sorted[(int) (sorted.length * 0.98)];
    float low = sorted[(int) (sorted.length * 0.02)];
    return high <= 0 ? 0 : (high - low) / high;
  }

  /** The paper's brightness: 90th percentile of the background. */
  public double paperLevel() {
    float[] sorted = background.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * 0.90)];
  }

  /**
   * Divides each pixel by the background, so paper becomes white (255) everywhere and writing keeps
   * its contrast to the paper around it.
   */
  public GreyPixels flatten(GreyPixels src) {
    byte[] out = new byte[width * height];
    byte[] in = src.data();
    Axis xs = axis(width, smallWidth);
    Axis ys = axis(height, smallHeight);
    for (int y = 0; y < height; y++) {
      int row0 = ys.index0[y] * smallWidth;
      int row1 = ys.index1[y] * smallWidth;
      float ay = ys.weight[y];
      for (int x = 0; x < width; x++) {
        float bg = Math.max(8f, at(xs, x, row0, row1, ay));
        int v = Math.round((in[y * width + x] & 0xFF) * 255f / bg);
        out[y * width + x] = (byte) Math.min(255, v);
      }
    }
    return new GreyPixels(width, height, out);
  }

  /**
   * Where each full-image coordinate along one axis falls between background blocks: the two
   * (clamped) block indices and the weight of the second. Computed once per axis instead of once
   * per pixel, with the same arithmetic as {@link #at(int, int)}, so the result is the same to the
   * bit.
   */
  private record Axis(int[] index0, int[] index1, float[] weight) {}

  private Axis axis(int size, int blocks) {
    int[] i0 = new int[size];
    int[] i1 = new int[size];
    float[] weight = new float[size];
    for (int i = 0; i < size; i++) {
      float f = (i + 0.5f) / factor - 0.5f;
      int b = (int) Math.floor(f);
      weight[i] = f - b;
      i0[i] = b < 0 ? 0 : Math.min(b, blocks - 1);
      i1[i] = b + 1 < 0 ? 0 : Math.min(b + 1, blocks - 1);
    }
    return new Axis(i0, i1, weight);
  }

  /** {@link #at(int, int)} with the axes precomputed ({@code row0}, {@code row1}: row offsets). */
  private float at(Axis xs, int x, int row0, int row1, float ay) {
    float ax = xs.weight[x];
    float a = background[row0 + xs.index0[x]];
    float b = background[row0 + xs.index1[x]];
    float c = background[row1 + xs.index0[x]];
    float d = background[row1 + xs.index1[x]];
    return (a * (1 - ax) + b * ax) * (1 - ay) + (c * (1 - ax) + d * ax) * ay;
  }

  /**
   * The sheet of paper on a photograph: the background blocks brighter than Otsu's threshold
   * between paper and surface that are connected to the brightest block near the centre, shrunk by
   * two blocks to drop the sheet's shadowed edge. Null when no such region covers at least a third
   * of the image (a scan, or a sheet filling the picture).
   */
  public boolean[] pageMask() {
    int n = background.length;
    int[] hist = new int[256];
    for (float v : background) {
      hist[Math.max(0, Math.min(255, Math.round(v)))]++;
    }
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) Math.max(0, Math.min(255, Math.round(background[i])));
    }
    int threshold = Binarizer.otsuThreshold(new GreyPixels(smallWidth, smallHeight, bytes));
    boolean[] bright = new boolean[n];
    for (int i = 0; i < n; i++) {
      bright[i] = (bytes[i] & 0xFF) > threshold;
    }
    int seed = -1;
    float best = -1;
    for (int y = smallHeight / 3; y < smallHeight * 2 / 3; y++) {
      for (int x = smallWidth / 3; x < smallWidth * 2 / 3; x++) {
        if (bright[y * smallWidth + x] && background[y * smallWidth + x] > best) {
          best = background[y * smallWidth + x];
          seed = y * smallWidth + x;
        }
      }
    }
    if (seed < 0) {
      return null;
    }
    boolean[] page = new boolean[n];
    int[] stack = new int[n];
    int top = 0;
    stack[top++] = seed;
    page[seed] = true;
    int area = 0;
    while (top > 0) {
      int p = stack[--top];
      area++;
      int x = p % smallWidth;
      int y = p / smallWidth;
      int[][] next = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
      for (int[] q : next) {
        if (q[0] >= 0 && q[1] >= 0 && q[0] < smallWidth && q[1] < smallHeight) {
          int i = q[1] * smallWidth + q[0];
          if (bright[i] && !page[i]) {
            page[i] = true;
            stack[top++] = i;
          }
        }
      }
    }
    if (area < n / 3 || area > n * 0.97 || surroundedSides(page) < 3) {
      return null; // a lighting gradient on a scan, not a sheet lying on a surface
    }
    float[] asFloat = new float[n];
    for (int i = 0; i < n; i++) {
      asFloat[i] = page[i] ? 1 : 0;
    }
    float[] eroded = Filters.min(asFloat, smallWidth, smallHeight, 2);
    boolean[] mask = new boolean[n];
    for (int i = 0; i < n; i++) {
      mask[i] = eroded[i] > 0.5f;
    }
    return mask;
  }

  /** On how many of the image's four sides at least half the border lies outside the sheet. */
  private int surroundedSides(boolean[] page) {
    int[] outside = new int[4];
    for (int x = 0; x < smallWidth; x++) {
      outside[0] += page[x] ? 0 : 1;
      outside[1] += page[(smallHeight - 1) * smallWidth + x] ? 0 : 1;
    }
    for (int y = 0; y < smallHeight; y++) {
      outside[2] += page[y * smallWidth] ? 0 : 1;
      outside[3] += page[y * smallWidth + smallWidth - 1] ? 0 : 1;
    }
    int sides = 0;
    sides += outside[0] * 2 >= smallWidth ? 1 : 0;
    sides += outside[1] * 2 >= smallWidth ? 1 : 0;
    sides += outside[2] * 2 >= smallHeight ? 1 : 0;
    sides += outside[3] * 2 >= smallHeight ? 1 : 0;
    return sides;
  }

  /** Sets everything outside {@code mask} (from {@link #pageMask()}) to white. */
  public GreyPixels whitenOutside(GreyPixels src, boolean[] mask) {
    byte[] out = src.data().clone();
    for (int y = 0; y < height; y++) {
      int sy = Math.min(smallHeight - 1, y / factor);
      for (int x = 0; x < width; x++) {
        if (!mask[sy * smallWidth + Math.min(smallWidth - 1, x / factor)]) {
          out[y * width + x] = (byte) 255;
        }
      }
    }
    return new GreyPixels(width, height, out);
  }

  /**
   * Mean absolute deviation of paper pixels from their 3 x 3 neighbourhood mean, on a 0-255 scale:
   * about 0 for a clean scan, roughly 0.7 x sigma for gaussian noise, raised by JPEG artefacts.
   */
  public double noise(GreyPixels src) {
    double sum = 0;
    long count = 0;
    int w = src.width();
    byte[] in = src.data();
    Axis xs = axis(w, smallWidth);
    Axis ys = axis(src.height(), smallHeight);
    int step = Math.max(1, src.height() / 300);
    for (int y = 1; y < src.height() - 1; y += step) {
      int row0 = ys.index0[y] * smallWidth;
      int row1 = ys.index1[y] * smallWidth;
      float ay = ys.weight[y];
      int up = (y - 1) * w;
      int mid = y * w;
      int down = (y + 1) * w;
      for (int x = 1; x < w - 1; x++) {
        int s =
            (in[up + x - 1] & 0xFF)
                + (in[up + x] & 0xFF)
                + (in[up + x + 1] & 0xFF)
                + (in[mid + x - 1] & 0xFF)
                + (in[mid + x] & 0xFF)
                + (in[mid + x + 1] & 0xFF)
                + (in[down + x - 1] & 0xFF)
                + (in[down + x] & 0xFF)
                + (in[down + x + 1] & 0xFF);
        double mean = s / 9.0;
        float bg = at(xs, x, row0, row1, ay);
        if (mean >= 0.8 * bg) {
          sum += Math.abs((in[mid + x] & 0xFF) - mean);
          count++;
        }
      }
    }
    return count == 0 ? 0 : sum / count * 9.0 / 8.0;
  }
}
