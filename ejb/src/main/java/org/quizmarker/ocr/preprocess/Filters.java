package org.quizmarker.ocr.preprocess;

/** Separable neighbourhood filters on float images and small pixel operations. */
public final class Filters {

  private Filters() {}

  /** Maximum over a (2r+1) square window. */
  static float[] max(float[] src, int w, int h, int r) {
    return minMax(src, w, h, r, true);
  }

  /** Minimum over a (2r+1) square window. */
  static float[] min(float[] src, int w, int h, int r) {
    return minMax(src, w, h, r, false);
  }

  private static float[] minMax(float[] src, int w, int h, int r, boolean max) {
    float[] tmp = new float[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float best = src[y * w + x];
        for (int i = Math.max(0, x - r); i <= Math.min(w - 1, x + r); i++) {
          float v = src[y * w + i];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        tmp[y * w + x] = best;
      }
    }
    float[] out = new float[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float best = tmp[y * w + x];
        for (int j = Math.max(0, y - r); j <= Math.min(h - 1, y + r); j++) {
          float v = tmp[j * w + x];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        out[y * w + x] = best;
      }
    }
    return out;
  }

  /** Mean over a (2r+1) square window, clipped at the edges. */
  static float[] boxBlur(float[] src, int w, int h, int r) {
    float[] tmp = new float[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float s = 0;
        int n = 0;
        for (int i = Math.max(0, x - r); i <= Math.min(w - 1, x + r); i++) {
          s += src[y * w + i];
          n++;
        }
        tmp[y * w + x] = s / n;
      }
    }
    float[] out = new float[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float s = 0;
        int n = 0;
        for (int j = Math.max(0, y - r); j <= Math.min(h - 1, y + r); j++) {
          s += tmp[j * w + x];
          n++;
        }
        out[y * w + x] = s / n;
      }
    }
    return out;
  }

  /** 3 x 3 median: removes speckle noise and keeps stroke edges. */
  public static GreyPixels median3(GreyPixels src) {
    int w = src.width();
    int h = src.height();
    byte[] in = src.data();
    byte[] out = new byte[w * h];
    int[] p = new int[9];
    for (int y = 0; y < h; y++) {
      int ym = Math.max(0, y - 1) * w;
      int y0 = y * w;
      int yp = Math.min(h - 1, y + 1) * w;
      for (int x = 0; x < w; x++) {
        int xm = Math.max(0, x - 1);
        int xp = Math.min(w - 1, x + 1);
        p[0] = in[ym + xm] & 0xFF;
        p[1] = in[ym + x] & 0xFF;
        p[2] = in[ym + xp] & 0xFF;
        p[3] = in[y0 + xm] & 0xFF;
        p[4] = in[y0 + x] & 0xFF;
        p[5] = in[y0 + xp] & 0xFF;
        p[6] = in[yp + xm] & 0xFF;
        p[7] = in[yp + x] & 0xFF;
        p[8] = in[yp + xp] & 0xFF;
        out[y0 + x] = (byte) median9(p);
      }
    }
    return new GreyPixels(w, h, out);
  }

  /** The median of nine values by a fixed exchange network (Paeth). */
  private static int median9(int[] p) {
    sort(p, 1, 2);
    sort(p, 4, 5);
    sort(p, 7, 8);
    sort(p, 0, 1);
    sort(p, 3, 4);
    sort(p, 6, 7);
    sort(p, 1, 2);
    sort(p, 4, 5);
    sort(p, 7, 8);
    sort(p, 0, 3);
    sort(p, 5, 8);
    sort(p, 4, 7);
    sort(p, 3, 6);
    sort(p, 1, 4);
    sort(p, 2, 5);
    sort(p, 4, 7);
    sort(p, 4, 2);
    sort(p, 6, 4);
    sort(p, 4, 2);
    return p[4];
  }

  private static void sort(int[] p, int a, int b) {
    if (p[a] > p[b]) {
      int t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }

  /**
   * Sets pixels at least {@code threshold} to white: on a flattened page this wipes out the noise
   * on the paper without touching the writing.
   */
  public static GreyPixels whitenAbove(GreyPixels src, int threshold) {
    byte[] out = src.data().clone();
    for (int i = 0; i < out.length; i++) {
      if ((out[i] & 0xFF) >= threshold) {
        out[i] = (byte) 255;
      }
    }
    return new GreyPixels(src.width(), src.height(), out);
  }

  /**
   * Stretches the contrast linearly so that the {@code lowShare} darkest pixels become black and
   * white stays white.
   */
  public static GreyPixels stretchDark(GreyPixels src, double lowShare) {
    int[] hist = Binarizer.histogram(src);
    long target = (long) (src.data().length * lowShare);
    long seen = 0;
    int low = 0;
    while (low < 255 && seen + hist[low] < target) {
      seen += hist[low];
      low++;
    }
    if (low <= 0 || low >= 200) {
      return src;
    }
    byte[] out = new byte[src.data().length];
    for (int i = 0; i < out.length; i++) {
      int v = src.data()[i] & 0xFF;
      out[i] = (byte) Math.max(0, Math.min(255, (v - low) * 255 / (255 - low)));
    }
    return new GreyPixels(src.width(), src.height(), out);
  }
}
