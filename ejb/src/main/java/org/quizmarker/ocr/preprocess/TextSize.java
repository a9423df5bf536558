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
    int[] heights = new int[20000];
    int[] count = {0};
    Components.visit(
        w,
        h,
        p -> ink[p],
        c -> {
          if (c.height() >= 4 && c.area() >= 8 && c.height() < h / 10 && c.width() < w / 5) {
            heights[count[0]++] = c.height();
          }
          return count[0] < heights.length;
        });
    int found = count[0];
    if (found == 0) {
      return 0;
    }
    int[] sorted = Arrays.copyOf(heights, found);
    Arrays.sort(sorted);
    return sorted[found / 2];
  }
}
