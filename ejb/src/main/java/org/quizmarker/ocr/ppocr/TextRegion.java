package org.quizmarker.ocr.ppocr;

import java.util.Arrays;
import org.quizmarker.ocr.Box;
import org.quizmarker.ocr.preprocess.GreyPixels;

/**
 * The part of a page that holds writing, so that the detector runs on it and not on the empty paper
 * around it: a sheet's answers fill a third of its area on average (the dev sheets: 11–60 %), and
 * the detector's cost grows with the pixels it sees.
 *
 * <p>Ink is anything clearly darker than the paper, so faint writing counts; of its connected
 * components, those the size of writing (not specks, not ruling across the page) span the region,
 * which is then widened by a margin. Anything else dark on the paper (a stain, a photo's edge) only
 * makes the region larger: the error goes toward reading more, never less. The region keeps the
 * page's scale, so the detector sees the same pixels at the same size as on the whole page.
 *
 * <p>Used when {@link PpOcrEngine.Settings#textRegionOnly()} is on (off by default: the detector's
 * output depends on the whole input, see there).
 */
final class TextRegion {

  /** How much darker than the paper a pixel must be to count as ink (of 255). */
  static final int INK_CONTRAST = 40;

  /** The margin kept around the writing, in pixels of the detector's input. */
  static final int MARGIN = 48;

  /** The side of the square tiles over which the paper's brightness is measured. */
  static final int TILE = 32;

  /** Region boundaries are multiples of this (the detector's input sides must be). */
  static final int GRID = 32;

  private TextRegion() {}

  /**
   * The region of {@code page} (whose sides are multiples of {@link #GRID}) to detect lines in: the
   * whole page when it holds no writing-sized ink.
   */
  static Box of(GreyPixels page) {
    int w = page.width();
    int h = page.height();
    byte[] px = page.data();
    int[] threshold = inkThresholds(page);
    int tilesX = (w + TILE - 1) / TILE;
    boolean[] seen = new boolean[px.length];
    int[] stack = new int[px.length];
    int minX = w, minY = h, maxX = -1, maxY = -1;
    for (int start = 0; start < px.length; start++) {
      if (seen[start] || !ink(px, threshold, tilesX, w, start)) {
        continue;
      }
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      int cx0 = w, cy0 = h, cx1 = -1, cy1 = -1, area = 0;
      while (top > 0) {
        int p = stack[--top];
        int x = p % w;
        int y = p / w;
        area++;
        cx0 = Math.min(cx0, x);
        cx1 = Math.max(cx1, x);
        cy0 = Math.min(cy0, y);
        cy1 = Math.max(cy1, y);
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
            if (!seen[q] && ink(px, threshold, tilesX, w, q)) {
              seen[q] = true;
              stack[top++] = q;
            }
          }
        }
      }
      int cw = cx1 - cx0 + 1;
      int ch = cy1 - cy0 + 1;
      // writing: not a speck, not a ruling line or a border across the page
      if (area >= 4 && ch >= 2 && cw <= w / 2 && ch <= h / 8) {
        minX = Math.min(minX, cx0);
        minY = Math.min(minY, cy0);
        maxX = Math.max(maxX, cx1);
        maxY = Math.max(maxY, cy1);
      }
    }
    if (maxX < 0) {
      return new Box(0, 0, w, h);
    }
    int x0 = floorToGrid(Math.max(0, minX - MARGIN));
    int y0 = floorToGrid(Math.max(0, minY - MARGIN));
    int x1 = Math.min(w, ceilToGrid(maxX + 1 + MARGIN));
    int y1 = Math.min(h, ceilToGrid(maxY + 1 + MARGIN));
    return new Box(x0, y0, x1 - x0, y1 - y0);
  }

  private static boolean ink(byte[] px, int[] threshold, int tilesX, int w, int p) {
    return (px[p] & 0xFF) <= threshold[(p / w / TILE) * tilesX + (p % w) / TILE];
  }

  /**
   * Per tile of {@link #TILE} pixels, the grey level at or under which a pixel is ink: the paper's
   * brightness there less {@link #INK_CONTRAST}. The paper is a tile's 90th percentile, taken as
   * the brightest of the tile and its neighbours (a tile full of writing borrows its neighbours'
   * paper), so that a shadow or a gradient across the page does not hide the writing in it.
   */
  static int[] inkThresholds(GreyPixels page) {
    int w = page.width();
    int h = page.height();
    byte[] px = page.data();
    int tilesX = (w + TILE - 1) / TILE;
    int tilesY = (h + TILE - 1) / TILE;
    int[] paper = new int[tilesX * tilesY];
    int[] hist = new int[256];
    for (int ty = 0; ty < tilesY; ty++) {
      for (int tx = 0; tx < tilesX; tx++) {
        Arrays.fill(hist, 0);
        int count = 0;
        for (int y = ty * TILE; y < Math.min(h, (ty + 1) * TILE); y++) {
          for (int x = tx * TILE; x < Math.min(w, (tx + 1) * TILE); x++) {
            hist[px[y * w + x] & 0xFF]++;
            count++;
          }
        }
        int atOrBelow = 0;
        int level = 255;
        for (int v = 0; v < 256; v++) {
          atOrBelow += hist[v];
          if (atOrBelow * 10 >= count * 9) {
            level = v;
            break;
          }
        }
        paper[ty * tilesX + tx] = level;
      }
    }
    int[] threshold = new int[paper.length];
    for (int ty = 0; ty < tilesY; ty++) {
      for (int tx = 0; tx < tilesX; tx++) {
        int brightest = 0;
        for (int ny = Math.max(0, ty - 1); ny <= Math.min(tilesY - 1, ty + 1); ny++) {
          for (int nx = Math.max(0, tx - 1); nx <= Math.min(tilesX - 1, tx + 1); nx++) {
            brightest = Math.max(brightest, paper[ny * tilesX + nx]);
          }
        }
        threshold[ty * tilesX + tx] = brightest - INK_CONTRAST;
      }
    }
    return threshold;
  }

  private static int floorToGrid(int v) {
    return v / GRID * GRID;
  }

  private static int ceilToGrid(int v) {
    return (v + GRID - 1) / GRID * GRID;
  }
}
