package org.quizmarker.ocr.preprocess;

import java.util.function.IntPredicate;

/** The 8-connected components of an image's foreground, each by its bounding box and area. */
public final class Components {

  private Components() {}

  /** One connected component: its bounding box (inclusive) and its pixel count. */
  public record Component(int minX, int minY, int maxX, int maxY, int area) {
    public int width() {
      return maxX - minX + 1;
    }

    public int height() {
      return maxY - minY + 1;
    }
  }

  /** Receives the components in scan order (of their first pixel); false stops the scan. */
  @FunctionalInterface
  public interface Visitor {
    boolean visit(Component component);
  }

  /**
   * Visits the components of the pixels (row-major, {@code width × height}) for which {@code
   * foreground} holds.
   */
  public static void visit(int width, int height, IntPredicate foreground, Visitor visitor) {
    int n = width * height;
    boolean[] seen = new boolean[n];
    int[] stack = new int[n];
    for (int start = 0; start < n; start++) {
      if (seen[start] || !foreground.test(start)) {
        continue;
      }
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      int minX = width;
      int maxX = -1;
      int minY = height;
      int maxY = -1;
      int area = 0;
      while (top > 0) {
        int p = stack[--top];
        int x = p % width;
        int y = p / width;
        area++;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        for (int dy = -1; dy <= 1; dy++) {
          int yy = y + dy;
          if (yy < 0 || yy >= height) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            if (xx < 0 || xx >= width) {
              continue;
            }
            int q = yy * width + xx;
            if (!seen[q] && foreground.test(q)) {
              seen[q] = true;
              stack[top++] = q;
            }
          }
        }
      }
      if (!visitor.visit(new Component(minX, minY, maxX, maxY, area))) {
        return;
      }
    }
  }
}
