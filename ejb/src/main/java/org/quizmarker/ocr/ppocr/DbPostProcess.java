package org.quizmarker.ocr.ppocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quizmarker.ocr.Box;

/**
 * Turns a DB (differentiable binarisation) probability map into text line boxes, as PaddleOCR does:
 * pixels above {@code pixelThreshold} form regions (8-connected), a region whose mean probability
 * is below {@code boxThreshold} or that is too small is dropped, and each kept region's bounding
 * box is grown by {@code area × unclipRatio / perimeter} on every side (the detector is trained on
 * shrunk text regions). Boxes are axis-aligned: the pipeline straightens pages before reading.
 *
 * @param pixelThreshold probability from which a pixel is text (PaddleOCR: 0.3)
 * @param boxThreshold mean probability from which a region is a line (PaddleOCR: 0.6)
 * @param unclipRatio how far regions are grown (PaddleOCR: 1.5)
 * @param minSize smallest side, in map pixels, of a kept region (PaddleOCR: 3)
 */
public record DbPostProcess(
    double pixelThreshold, double boxThreshold, double unclipRatio, int minSize) {

  public static final DbPostProcess PADDLE = new DbPostProcess(0.3, 0.6, 1.5, 3);

  /**
   * The line boxes in map coordinates, top to bottom (then left to right), clipped to the map.
   *
   * @param map probabilities, row-major, {@code width × height}
   */
  public List<Box> boxes(float[] map, int width, int height) {
    if (map.length < width * height) {
      throw new IllegalArgumentException("map smaller than " + width + " x " + height);
    }
    int[] label = new int[width * height];
    int[] stack = new int[width * height];
    List<Box> boxes = new ArrayList<>();
    int next = 0;
    for (int start = 0; start < width * height; start++) {
      if (label[start] != 0 || map[start] <= pixelThreshold) {
        continue;
      }
      next++;
      int top = 0;
      stack[top++] = start;
      label[start] = next;
      int minX = width, minY = height, maxX = -1, maxY = -1;
      double sum = 0;
      int count = 0;
      while (top > 0) {
        int p = stack[--top];
        int x = p % width;
        int y = p / width;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        sum += map[p];
        count++;
        for (int dy = -1; dy <= 1; dy++) {
          int ny = y + dy;
          if (ny < 0 || ny >= height) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            if (nx < 0 || nx >= width) {
              continue;
            }
            int q = ny * width + nx;
            if (label[q] == 0 && map[q] > pixelThreshold) {
              label[q] = next;
              stack[top++] = q;
            }
          }
        }
      }
      int w = maxX - minX + 1;
      int h = maxY - minY + 1;
      if (Math.min(w, h) < minSize || sum / count < boxThreshold) {
        continue;
      }
      double grow = (double) w * h * unclipRatio / (2.0 * (w + h));
      int x0 = (int) Math.max(0, Math.floor(minX - grow));
      int y0 = (int) Math.max(0, Math.floor(minY - grow));
      int x1 = (int) Math.min(width, Math.ceil(maxX + 1 + grow));
      int y1 = (int) Math.min(height, Math.ceil(maxY + 1 + grow));
      if (Math.min(x1 - x0, y1 - y0) < minSize + 2) {
        continue;
      }
      boxes.add(new Box(x0, y0, x1 - x0, y1 - y0));
    }
    boxes.sort(Comparator.comparingInt((Box b) -> b.y() + b.height() / 2).thenComparing(Box::x));
    return boxes;
  }

  /**
   * Joins boxes that lie on one text row (vertical overlap of at least half the lower box) into one
   * line box: the detector splits a line at wide gaps, such as between a question number and its
   * answer, and a sheet holds one answer per row.
   */
  public static List<Box> mergeRows(List<Box> boxes) {
    List<Box> sorted = new ArrayList<>(boxes);
    sorted.sort(Comparator.comparingInt(Box::x));
    List<Box> rows = new ArrayList<>();
    for (Box box : sorted) {
      int joined = -1;
      for (int i = 0; i < rows.size(); i++) {
        Box row = rows.get(i);
        int overlap =
            Math.min(row.y() + row.height(), box.y() + box.height()) - Math.max(row.y(), box.y());
        if (overlap * 2 >= Math.min(row.height(), box.height())) {
          joined = i;
          break;
        }
      }
      if (joined < 0) {
        rows.add(box);
      } else {
        Box row = rows.get(joined);
        int x0 = Math.min(row.x(), box.x());
        int y0 = Math.min(row.y(), box.y());
        int x1 = Math.max(row.x() + row.width(), box.x() + box.width());
        int y1 = Math.max(row.y() + row.height(), box.y() + box.height());
        rows.set(joined, new Box(x0, y0, x1 - x0, y1 - y0));
      }
    }
    rows.sort(Comparator.comparingInt((Box b) -> b.y() + b.height() / 2).thenComparing(Box::x));
    return rows;
  }
}
