package org.quizmarker.ocr.ppocr;

import java.util.Arrays;
import org.quizmarker.ocr.Box;
import org.quizmarker.ocr.preprocess.Components;
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
    int[] box = {w, h, -1, -1}; // minX, minY, maxX, maxY of the writing
    Components.visit(
        w,
        h,
        p -> ink(px, threshold, tilesX, w, p),
        c -> {
          // writing: not a speck, not a ruling line or a border across the page
          if (c.area() >= 4 && c.height() >= 2 && c.width() <= w / 2 && c.height() <= h / 8) {
            box[0] = Math.min(box[0], c.minX());
            box[1] = Math.min(box[1], c.minY());
            box[2] = Math.max(box[2], c.maxX());
            box[3] = Math.max(box[3], c.maxY());
          }
          return true;
        });
    if (box[2] < 0) {
      return new Box(0, 0, w, h);
    }
    int x0 = floorToGrid(Math.max(0, box[0] - MARGIN));
    int y0 = floorToGrid(Math.max(0, box[1] - MARGIN));
    int x1 = Math.min(w, ceilToGrid(box[2] + 1 + MARGIN));
    int y1 = Math.min(h, ceilToGrid(box[3] + 1 + MARGIN));
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
