package org.quizmarker.ocr.preprocess;

import java.util.Arrays;

/** The typical height of the writing: the median height of the ink's connected components. */
public final class TextSize {

  private TextSize() {}

  /**
   * Median height in pixels of connected ink components (8-connected, after Otsu) that are neither
   * specks nor ruling; 0 when there are none.
   */
  public static double medianComponentHeight(GreyPixels src) {
    int w = src.width();
    int h = src.height();
    boolean[] ink = Binarizer.threshold(src, Binarizer.otsuThreshold(src));
    boolean[] seen = new boolean[ink.length];
    int[] stack = new int[ink.length];
    int[] heights = new int[20000];
    int found = 0;
    for (int start = 0; start < ink.length && found < heights.length; start++) {
      if (!ink[start] || seen[start]) {
        continue;
      }
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      int minX = w;
      int maxX = -1;
      int minY = h;
      int maxY = -1;
      int area = 0;
      while (top > 0) {
        int p = stack[--top];
        int x = p % w;
        int y = p / w;
        area++;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        for (int dy = -1; dy <= 1; dy++) {
          int yy = y + dy;
          if (yy < 0 || yy >= h) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            if (xx < 0 || xx >= w) {
              continue;
            }
            int q = yy * w + xx;
            if (ink[q] && !seen[q]) {
              seen[q] = true;
              stack[top++] = q;
            }
          }
        }
      }
      int cw = maxX - minX + 1;
      int ch = maxY - minY + 1;
      if (ch >= 4 && area >= 8 && ch < h / 10 && cw < w / 5) {
        heights[found++] = ch;
      }
    }
    if (found == 0) {
      return 0;
    }
    int[] sorted = Arrays.copyOf(heights, found);
    Arrays.sort(sorted);
    return sorted[found / 2];
  }
}
