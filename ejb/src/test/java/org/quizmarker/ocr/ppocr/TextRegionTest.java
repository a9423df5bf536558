package org.quizmarker.ocr.ppocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quizmarker.ocr.Box;
import org.quizmarker.ocr.preprocess.GreyPixels;

class TextRegionTest {

  private static final int W = 640;
  private static final int H = 896;

  /** A page of {@code paper} grey. */
  private static byte[] page(int paper) {
    byte[] px = new byte[W * H];
    java.util.Arrays.fill(px, (byte) paper);
    return px;
  }

  /** A word-sized blob: 12 px tall strokes, 3 px apart, {@code length} px long. */
  private static void word(byte[] px, int x, int y, int length, int ink) {
    for (int xx = x; xx < x + length; xx += 3) {
      for (int yy = y; yy < y + 12; yy++) {
        px[yy * W + xx] = (byte) ink;
      }
    }
  }

  private static boolean contains(Box outer, int x, int y, int w, int h) {
    return outer.x() <= x
        && outer.y() <= y
        && outer.x() + outer.width() >= x + w
        && outer.y() + outer.height() >= y + h;
  }

  @Test
  void aBlankPageIsReadWhole() {
    assertEquals(new Box(0, 0, W, H), TextRegion.of(new GreyPixels(W, H, page(250))));
  }

  @Test
  void writingIsKeptWithItsMarginOnTheGrid() {
    byte[] px = page(245);
    word(px, 200, 150, 120, 40);
    word(px, 200, 200, 80, 40);
    Box region = TextRegion.of(new GreyPixels(W, H, px));
    assertTrue(
        contains(region, 200 - TextRegion.MARGIN, 150 - TextRegion.MARGIN, 120 + 96, 62 + 96));
    assertEquals(0, region.x() % TextRegion.GRID);
    assertEquals(0, region.y() % TextRegion.GRID);
    assertTrue(region.width() % TextRegion.GRID == 0 || region.x() + region.width() == W);
    assertTrue(region.height() % TextRegion.GRID == 0 || region.y() + region.height() == H);
    assertTrue(region.width() * region.height() < W * H / 4, "region " + region);
  }

  @Test
  void faintWritingCounts() {
    byte[] px = page(250);
    word(px, 100, 100, 60, 200); // pencil: 50 levels under the paper
    word(px, 100, 700, 60, 200);
    Box region = TextRegion.of(new GreyPixels(W, H, px));
    assertTrue(contains(region, 100, 100, 60, 612), "region " + region);
  }

  @Test
  void rulingAcrossThePageAndSpecksDoNotWidenTheRegion() {
    byte[] px = page(250);
    word(px, 300, 300, 100, 30);
    for (int x = 0; x < W; x++) {
      px[800 * W + x] = (byte) 150; // a ruled line near the bottom
    }
    px[20 * W + 20] = 0; // a speck in a corner
    Box region = TextRegion.of(new GreyPixels(W, H, px));
    assertTrue(contains(region, 300, 300, 100, 12));
    assertTrue(region.y() + region.height() < 800, "region " + region);
    assertTrue(region.x() > 20 && region.y() > 20, "region " + region);
  }

  @Test
  void writingOnTheLightSideOfAShadowIsFound() {
    // paper from 250 at the top to 140 at the bottom; grey writing at the top would be lost to one
    // threshold for the whole page
    byte[] px = new byte[W * H];
    for (int y = 0; y < H; y++) {
      int paper = 250 - 110 * y / H;
      for (int x = 0; x < W; x++) {
        px[y * W + x] = (byte) paper;
      }
    }
    word(px, 100, 60, 80, 180);
    word(px, 100, 400, 80, 120);
    Box region = TextRegion.of(new GreyPixels(W, H, px));
    assertTrue(contains(region, 100, 60, 80, 352), "region " + region);
    assertTrue(region.y() + region.height() < H, "region " + region);
  }
}
