package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.Box;

class SheetDrawingTest {

  static BufferedImage whiteSheet(int width, int height) {
    BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = sheet.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.fillRect(100, 500, 300, 40); // the answer's ink
    g.dispose();
    return sheet;
  }

  @Test
  void aCropIsThePagesWidthAndThreeLinesAroundTheAnswer() {
    BufferedImage crop = SheetDrawing.crop(whiteSheet(1200, 1600), new Box(100, 500, 300, 40));
    assertThat(crop.getWidth()).isEqualTo(1200);
    assertThat(crop.getHeight()).isEqualTo(120);
    assertThat(crop.getRGB(200, 60) & 0xffffff).isEqualTo(0); // the ink in the middle line
    assertThat(crop.getRGB(200, 10) & 0xffffff).isEqualTo(0xffffff);
  }

  @Test
  void aCropAtThePagesEdgeStaysOnThePageAndWideSheetsAreScaledDown() {
    BufferedImage top = SheetDrawing.crop(whiteSheet(1200, 1600), new Box(0, 0, 50, 30));
    assertThat(top.getHeight()).isEqualTo(60);
    BufferedImage wide = SheetDrawing.crop(whiteSheet(3200, 800), new Box(100, 500, 300, 40));
    assertThat(wide.getWidth()).isEqualTo(SheetDrawing.MAX_CROP_WIDTH);
  }

  @Test
  void marksAreDrawnInTheirColoursBesideTheirAnswers() {
    BufferedImage marked =
        SheetDrawing.marked(
            whiteSheet(1200, 1600),
            "Ada Lovelace",
            17,
            20,
            List.of(
                new SheetDrawing.Mark(
                    1, new Box(100, 500, 300, 40), SheetDrawing.Verdict.RIGHT, 1, 1),
                new SheetDrawing.Mark(
                    2, new Box(100, 800, 300, 40), SheetDrawing.Verdict.WRONG, 0, 1),
                new SheetDrawing.Mark(
                    3, new Box(100, 1100, 300, 40), SheetDrawing.Verdict.REVIEW, 0, 1),
                new SheetDrawing.Mark(4, null, SheetDrawing.Verdict.REVIEW, 0, 1)));
    // a header band of 3 units (a unit is a 60th of the width) and 2 more for the unplaced mark
    int header = 5 * 20;
    assertThat(marked.getWidth()).isEqualTo(1200);
    assertThat(marked.getHeight()).isEqualTo(1600 + header);
    assertThat(count(marked, SheetDrawing.RIGHT, 400, header + 480, 700, header + 560))
        .isPositive();
    assertThat(count(marked, SheetDrawing.WRONG, 400, header + 780, 700, header + 860))
        .isPositive();
    assertThat(count(marked, SheetDrawing.REVIEW, 400, header + 1080, 700, header + 1160))
        .isPositive();
    assertThat(count(marked, SheetDrawing.WRONG, 400, header + 480, 700, header + 560)).isZero();
    // the sheet itself is not covered: its ink is where it was, below the header
    assertThat(marked.getRGB(200, header + 520) & 0xffffff).isZero();
    // the header with the name and score is dark text on the top band
    assertThat(darkPixels(marked, 0, 0, 1200, 60)).isGreaterThan(100);
  }

  @Test
  void pointsAreWrittenWithoutNeedlessDecimals() {
    assertThat(SheetDrawing.points(1.0)).isEqualTo("1");
    assertThat(SheetDrawing.points(0.5)).isEqualTo("0.5");
    assertThat(SheetDrawing.points(2.0 / 3)).isEqualTo("0.67");
  }

  static int count(BufferedImage image, Color color, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((image.getRGB(x, y) & 0xffffff) == (color.getRGB() & 0xffffff)) {
          n++;
        }
      }
    }
    return n;
  }

  static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((image.getRGB(x, y) & 0xff) < 100) {
          n++;
        }
      }
    }
    return n;
  }
}
