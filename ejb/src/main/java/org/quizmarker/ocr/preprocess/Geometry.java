package org.quizmarker.ocr.preprocess;

/** Rotation and scaling of grey images; areas that come from outside the image are white. */
public final class Geometry {

  private Geometry() {}

  /**
   * Turns the image by a multiple of 90 degrees clockwise (the canvas turns with it).
   *
   * @param degreesClockwise 0, 90, 180 or 270
   */
  public static GreyPixels rotateQuarter(GreyPixels src, int degreesClockwise) {
    int turns = Math.floorMod(degreesClockwise / 90, 4);
    if (turns == 0) {
      return src;
    }
    int w = src.width();
    int h = src.height();
    int ow = turns == 2 ? w : h;
    int oh = turns == 2 ? h : w;
    byte[] out = new byte[w * h];
    byte[] in = src.data();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int ox;
        int oy;
        switch (turns) {
          case 1 -> {
            ox = h - 1 - y;
            oy = x;
          }
          case 2 -> {
            ox = w - 1 - x;
            oy = h - 1 - y;
          }
          default -> {
            ox = y;
            oy = w - 1 - x;
          }
        }
        out[oy * ow + ox] = in[y * w + x];
      }
    }
    return new GreyPixels(ow, oh, out);
  }

  /**
   * Rotates the content by {@code degrees} clockwise (as seen on screen, y pointing down) about the
   * centre, keeping the canvas size; bilinear interpolation.
   */
  public static GreyPixels rotate(GreyPixels src, double degrees) {
    if (degrees == 0) {
      return src;
    }
    int w = src.width();
    int h = src.height();
    double rad = Math.toRadians(degrees);
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    double cx = (w - 1) / 2.0;
    double cy = (h - 1) / 2.0;
    byte[] out = new byte[w * h];
    byte[] in = src.data();
    // the terms that depend on the column alone, computed once (same arithmetic, same result)
    double[] xPart = new double[w];
    double[] yPart = new double[w];
    for (int u = 0; u < w; u++) {
      double dx = u - cx;
      xPart[u] = cx + dx * cos;
      yPart[u] = cy - dx * sin;
    }
    for (int v = 0; v < h; v++) {
      double dy = v - cy;
      double dySin = dy * sin;
      double dyCos = dy * cos;
      for (int u = 0; u < w; u++) {
        // inverse rotation: where the output pixel comes from
        double x = xPart[u] + dySin;
        double y = yPart[u] + dyCos;
        // inside the image (x, y >= 0, so truncation is the floor): no clipping, no calls
        int x0 = (int) x;
        int y0 = (int) y;
        if (x >= 0 && y >= 0 && x0 + 1 < w && y0 + 1 < h) {
          double fx = x - x0;
          double fy = y - y0;
          int i = y0 * w + x0;
          double top = (in[i] & 0xFF) * (1 - fx) + (in[i + 1] & 0xFF) * fx;
          double bottom = (in[i + w] & 0xFF) * (1 - fx) + (in[i + w + 1] & 0xFF) * fx;
          out[v * w + u] = (byte) (top * (1 - fy) + bottom * fy + 0.5);
        } else {
          out[v * w + u] = (byte) bilinear(src, x, y);
        }
      }
    }
    return new GreyPixels(w, h, out);
  }

  /** Scales by {@code factor} with bicubic (Catmull-Rom) interpolation when enlarging. */
  public static GreyPixels scale(GreyPixels src, double factor) {
    if (factor == 1.0) {
      return src;
    }
    if (factor < 1.0) {
      return shrinkArea(src, factor);
    }
    int w = Math.max(1, (int) Math.round(src.width() * factor));
    int h = Math.max(1, (int) Math.round(src.height() * factor));
    byte[] out = new byte[w * h];
    int sw = src.width();
    byte[] in = src.data();
    // per column: the four source columns (clamped) and their weights, computed once for all rows
    int[] cols = new int[4 * w];
    double[] wxs = new double[4 * w];
    double[] wx = new double[4];
    for (int u = 0; u < w; u++) {
      double x = (u + 0.5) / factor - 0.5;
      int x0 = (int) Math.floor(x);
      cubicWeights(x - x0, wx);
      for (int i = 0; i < 4; i++) {
        cols[4 * u + i] = clamp(x0 - 1 + i, sw);
        wxs[4 * u + i] = wx[i];
      }
    }
    double[] wy = new double[4];
    int[] rows = new int[4];
    for (int v = 0; v < h; v++) {
      double y = (v + 0.5) / factor - 0.5;
      int y0 = (int) Math.floor(y);
      cubicWeights(y - y0, wy);
      for (int j = 0; j < 4; j++) {
        rows[j] = clamp(y0 - 1 + j, src.height()) * sw;
      }
      for (int u = 0; u < w; u++) {
        int c = 4 * u;
        double sum = 0;
        for (int j = 0; j < 4; j++) {
          int r = rows[j];
          double row = 0;
          for (int i = 0; i < 4; i++) {
            row += wxs[c + i] * (in[r + cols[c + i]] & 0xFF);
          }
          sum += wy[j] * row;
        }
        out[v * w + u] = (byte) Math.max(0, Math.min(255, (int) Math.round(sum)));
      }
    }
    return new GreyPixels(w, h, out);
  }

  /** Shrinks by averaging the source pixels that fall on each target pixel. */
  static GreyPixels shrinkArea(GreyPixels src, double factor) {
    int w = Math.max(1, (int) Math.round(src.width() * factor));
    int h = Math.max(1, (int) Math.round(src.height() * factor));
    long[] sum = new long[w * h];
    int[] count = new int[w * h];
    int[] column = new int[src.width()];
    for (int x = 0; x < column.length; x++) {
      column[x] = Math.min(w - 1, (int) (x * factor));
    }
    byte[] in = src.data();
    for (int y = 0; y < src.height(); y++) {
      int ty = Math.min(h - 1, (int) (y * factor));
      int base = y * src.width();
      for (int x = 0; x < column.length; x++) {
        int t = ty * w + column[x];
        sum[t] += in[base + x] & 0xFF;
        count[t]++;
      }
    }
    byte[] out = new byte[w * h];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (count[i] == 0 ? 255 : sum[i] / count[i]);
    }
    return new GreyPixels(w, h, out);
  }

  /** The mean of each {@code factor} x {@code factor} block (the last blocks may be partial). */
  public static float[] blockMean(GreyPixels src, int factor, int[] sizeOut) {
    int w = (src.width() + factor - 1) / factor;
    int h = (src.height() + factor - 1) / factor;
    float[] sum = new float[w * h];
    int[] count = new int[w * h];
    byte[] in = src.data();
    int[] column = new int[src.width()];
    for (int x = 0; x < column.length; x++) {
      column[x] = x / factor;
    }
    for (int y = 0; y < src.height(); y++) {
      int row = (y / factor) * w;
      int base = y * src.width();
      for (int x = 0; x < column.length; x++) {
        sum[row + column[x]] += in[base + x] & 0xFF;
        count[row + column[x]]++;
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= count[i];
    }
    sizeOut[0] = w;
    sizeOut[1] = h;
    return sum;
  }

  static double bilinear(GreyPixels src, double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double top = src.getOrWhite(x0, y0) * (1 - fx) + src.getOrWhite(x0 + 1, y0) * fx;
    double bottom = src.getOrWhite(x0, y0 + 1) * (1 - fx) + src.getOrWhite(x0 + 1, y0 + 1) * fx;
    return top * (1 - fy) + bottom * fy + 0.5;
  }

  private static void cubicWeights(double t, double[] w) {
    double t2 = t * t;
    double t3 = t2 * t;
    w[0] = -0.5 * t3 + t2 - 0.5 * t;
    w[1] = 1.5 * t3 - 2.5 * t2 + 1;
    w[2] = -1.5 * t3 + 2 * t2 + 0.5 * t;
    w[3] = 0.5 * t3 - 0.5 * t2;
  }

  private static int clamp(int v, int size) {
    return v < 0 ? 0 : v >= size ? size - 1 : v;
  }
}
