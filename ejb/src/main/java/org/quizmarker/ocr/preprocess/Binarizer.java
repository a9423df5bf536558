package org.quizmarker.ocr.preprocess;

/** Global (Otsu) and local (Sauvola) thresholds: ink is 0, paper 255. */
public final class Binarizer {

  private Binarizer() {}

  static int[] histogram(GreyPixels src) {
    int[] hist = new int[256];
    for (byte b : src.data()) {
      hist[b & 0xFF]++;
    }
    return hist;
  }

  /** Otsu's threshold: pixels at or below it are ink. */
  public static int otsuThreshold(GreyPixels src) {
    int[] hist = histogram(src);
    long total = src.data().length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * hist[i];
    }
    double sumBack = 0;
    long weightBack = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      weightBack += hist[t];
      if (weightBack == 0) {
        continue;
      }
      long weightFore = total - weightBack;
      if (weightFore == 0) {
        break;
      }
      sumBack += (double) t * hist[t];
      double meanBack = sumBack / weightBack;
      double meanFore = (sumAll - sumBack) / weightFore;
      double between =
          (double) weightBack * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }

  /** Ink (true) where the pixel is at or below {@code threshold}. */
  public static boolean[] threshold(GreyPixels src, int threshold) {
    boolean[] ink = new boolean[src.data().length];
    for (int i = 0; i < ink.length; i++) {
      ink[i] = (src.data()[i] & 0xFF) <= threshold;
    }
    return ink;
  }

  /**
   * Sauvola's local threshold T = m (1 + k (s / 128 - 1)) over a square window of side {@code 2
   * radius + 1}, computed with integral images.
   */
  public static GreyPixels sauvola(GreyPixels src, int radius, double k) {
    int w = src.width();
    int h = src.height();
    long[] sum = new long[(w + 1) * (h + 1)];
    long[] sq = new long[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      long rowSum = 0;
      long rowSq = 0;
      for (int x = 0; x < w; x++) {
        int v = src.get(x, y);
        rowSum += v;
        rowSq += (long) v * v;
        sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + rowSum;
        sq[(y + 1) * (w + 1) + x + 1] = sq[y * (w + 1) + x + 1] + rowSq;
      }
    }
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      int y0 = Math.max(0, y - radius);
      int y1 = Math.min(h, y + radius + 1);
      for (int x = 0; x < w; x++) {
        int x0 = Math.max(0, x - radius);
        int x1 = Math.min(w, x + radius + 1);
        long n = (long) (x1 - x0) * (y1 - y0);
        long s =
            sum[y1 * (w + 1) + x1]
                - sum[y0 * (w + 1) + x1]
                - sum[y1 * (w + 1) + x0]
                + sum[y0 * (w + 1) + x0];
        long s2 =
            sq[y1 * (w + 1) + x1]
                - sq[y0 * (w + 1) + x1]
                - sq[y1 * (w + 1) + x0]
                + sq[y0 * (w + 1) + x0];
        double mean = (double) s / n;
        double var = Math.max(0, (double) s2 / n - mean * mean);
        double t = mean * (1 + k * (Math.sqrt(var) / 128.0 - 1));
        out[y * w + x] = (byte) (src.get(x, y) <= t ? 0 : 255);
      }
    }
    return new GreyPixels(w, h, out);
  }
}
