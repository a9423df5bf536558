package org.quizmarker.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.ocr.Box;

class DbPostProcessTest {

  private static float[] map(int w, int h) {
    return new float[w * h];
  }

  private static void fill(float[] map, int w, int x0, int y0, int x1, int y1, float p) {
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        map[y * w + x] = p;
      }
    }
  }

  @Test
  void aConfidentRegionBecomesAGrownBox() {
    int w = 40, h = 20;
    float[] m = map(w, h);
    fill(m, w, 10, 8, 30, 12, 0.9f); // 20 x 4: grown by 20*4*1.5/(2*24) = 2.5 px
    List<Box> boxes = DbPostProcess.PADDLE.boxes(m, w, h);
    assertThat(boxes).containsExactly(new Box(7, 5, 26, 10));
  }

  @Test
  void faintRegionsAndSpecksAreDropped() {
    int w = 40, h = 20;
    float[] m = map(w, h);
    fill(m, w, 2, 2, 20, 6, 0.5f); // above the pixel threshold, below the box threshold
    fill(m, w, 30, 15, 32, 17, 0.95f); // 2 x 2: smaller than minSize
    assertThat(DbPostProcess.PADDLE.boxes(m, w, h)).isEmpty();
  }

  @Test
  void separateRegionsAreSortedTopToBottomAndClippedToTheMap() {
    int w = 30, h = 30;
    float[] m = map(w, h);
    fill(m, w, 0, 20, 10, 26, 0.8f);
    fill(m, w, 5, 2, 25, 8, 0.8f);
    List<Box> boxes = DbPostProcess.PADDLE.boxes(m, w, h);
    assertThat(boxes).hasSize(2);
    assertThat(boxes.get(0).y()).isLessThan(boxes.get(1).y());
    assertThat(boxes.get(1).x()).isZero(); // clipped at the left edge
    assertThat(boxes.get(0).x() + boxes.get(0).width()).isLessThanOrEqualTo(w);
  }

  @Test
  void diagonalNeighboursAreOneRegion() {
    int w = 20, h = 20;
    float[] m = map(w, h);
    fill(m, w, 2, 2, 8, 8, 0.9f);
    fill(m, w, 8, 8, 14, 14, 0.9f);
    assertThat(DbPostProcess.PADDLE.boxes(m, w, h)).hasSize(1);
  }

  @Test
  void boxesOnOneRowAreJoinedAndOtherRowsKept() {
    List<Box> rows =
        DbPostProcess.mergeRows(
            List.of(new Box(200, 102, 80, 30), new Box(10, 100, 40, 34), new Box(10, 200, 90, 30)));
    assertThat(rows).containsExactly(new Box(10, 100, 270, 34), new Box(10, 200, 90, 30));
  }
}
