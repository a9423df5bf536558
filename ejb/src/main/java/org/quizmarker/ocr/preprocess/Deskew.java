package org.quizmarker.ocr.preprocess;

/**
 * Skew of text lines by projection profiles: ink pixels of a downscaled, binarised copy are
 * projected along each candidate angle; the angle whose profile is sharpest (largest sum of squared
 * bin counts) is the one along which the lines run.
 */
public final class Deskew {

  private static final int TARGET_SIDE = 1000;

  private Deskew() {}

  /**
   * The angle in degrees by which the text is turned clockwise, within {@code +-maxDegrees}; rotate
   * by its negative to straighten. 0 when the page has too little ink.
   */
  public static double estimate(GreyPixels src, double maxDegrees) {
    double factor = Math.min(1.0, TARGET_SIDE / (double) Math.max(src.width(), src.height()));
    GreyPixels small = factor < 1 ? Geometry.shrinkArea(src, factor) : src;
    int threshold = Binarizer.otsuThreshold(small);
    int w = small.width();
    int h = small.height();
    int count = 0;
    int[] xs = new int[w * h];
    int[] ys = new int[w * h];
    byte[] data = small.data();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if ((data[y * w + x] & 0xFF) <= threshold) {
          xs[count] = x;
          ys[count] = y;
          count++;
        }
      }
    }
    if (count < 50 || count > w * h / 2) {
      return 0;
    }
    double best = 0;
    double bestScore = -1;
    for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.2) {
      double score = score(xs, ys, count, w, h, a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    double coarse = best;
    for (double a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.025) {
      double score = score(xs, ys, count, w, h, a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return Math.round(best * 1000) / 1000.0;
  }

  private static double score(int[] xs, int[] ys, int count, int w, int h, double degrees) {
    double tan = Math.tan(Math.toRadians(degrees));
    int offset = (int) Math.ceil(Math.abs(tan) * w) + 1;
    int[] bins = new int[h + 2 * offset];
    for (int i = 0; i < count; i++) {
      int bin = (int) Math.round(ys[i] - xs[i] * tan) + offset;
      bins[bin]++;
    }
    double s = 0;
    for (int b : bins) {
      s += (double) b * b;
    }
    return s;
  }
}
