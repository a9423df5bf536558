package org.quizmarker.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.quizmarker.ocr.preprocess.Deskew;
import org.quizmarker.ocr.preprocess.Filters;
import org.quizmarker.ocr.preprocess.Geometry;
import org.quizmarker.ocr.preprocess.GreyPixels;
import org.quizmarker.ocr.preprocess.Illumination;
import org.quizmarker.ocr.preprocess.PageTransform;
import org.quizmarker.ocr.preprocess.TextSize;

/** The preprocessing steps on synthetic pages. */
class PreprocessTest {

  /** A page of numbered answer lines, black on white. */
  static GreyPixels page(int width, int height, int fontPx) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontPx));
    String[] answers = {"Paris", "42", "photosynthesis", "True", "B", "3/4", "0.75", "Nile"};
    int y = fontPx * 3;
    for (int i = 0; y < height - fontPx * 2; i++, y += fontPx * 2) {
      g.drawString((i + 1) + ". " + answers[i % answers.length] + " and some more words", 60, y);
    }
    g.dispose();
    return GreyPixels.of(image);
  }

  @Test
  void deskewFindsAThreeDegreeRotationWithinHalfADegree() {
    GreyPixels straight = page(1000, 1400, 28);
    for (double angle : new double[] {3.0, -3.0, 1.5}) {
      GreyPixels turned = Geometry.rotate(straight, angle);
      double estimate = Deskew.estimate(turned, 5.0);
      assertThat(estimate).as("estimate for %s", angle).isCloseTo(angle, within(0.5));
      GreyPixels back = Geometry.rotate(turned, -estimate);
      assertThat(Deskew.estimate(back, 5.0)).isCloseTo(0.0, within(0.5));
    }
    assertThat(Deskew.estimate(straight, 5.0)).isCloseTo(0.0, within(0.2));
  }

  @Test
  void quarterTurnsComeBackAndTheTransformMapsBoxesBack() {
    GreyPixels straight = page(300, 200, 16);
    GreyPixels turned = Geometry.rotateQuarter(straight, 90);
    assertThat(turned.width()).isEqualTo(200);
    assertThat(turned.height()).isEqualTo(300);
    GreyPixels back = Geometry.rotateQuarter(turned, 270);
    assertThat(back.data()).isEqualTo(straight.data());
    // pixel (x, y) goes to (h - 1 - y, x) on a clockwise quarter turn
    PageTransform t = PageTransform.identity().thenQuarter(90, 300, 200);
    int[] box = t.toOriginal(200 - 1 - 20, 10, 0, 0);
    assertThat(box[0]).isEqualTo(10);
    assertThat(box[1]).isEqualTo(20);
  }

  @Test
  void flatteningRemovesALightingGradient() {
    GreyPixels clean = page(800, 1100, 24);
    byte[] shaded = clean.data().clone();
    for (int y = 0; y < clean.height(); y++) {
      for (int x = 0; x < clean.width(); x++) {
        double light = 1.0 - 0.45 * x / clean.width(); // 45 % darker at the right
        int v = clean.get(x, y);
        shaded[y * clean.width() + x] = (byte) Math.round(v * light);
      }
    }
    GreyPixels dark = new GreyPixels(clean.width(), clean.height(), shaded);
    Illumination light = Illumination.estimate(dark);
    assertThat(light.unevenness()).isGreaterThan(0.3);
    assertThat(Illumination.estimate(clean).unevenness()).isLessThan(0.02);
    GreyPixels flat = light.flatten(dark);
    // paper on the left and on the right is white again; the ink stays dark
    assertThat(meanOfPaper(flat, 20, 60)).isGreaterThan(245);
    assertThat(meanOfPaper(flat, flat.width() - 60, flat.width() - 20)).isGreaterThan(245);
    assertThat(Illumination.estimate(flat).unevenness()).isLessThan(0.05);
    assertThat((double) inkPixels(flat) / inkPixels(clean)).isBetween(0.9, 1.1);
  }

  @Test
  void noiseIsMeasuredAndTheMedianRemovesSpeckles() {
    GreyPixels clean = page(600, 800, 24);
    java.util.Random random = new java.util.Random(7);
    byte[] noisy = clean.data().clone();
    for (int i = 0; i < noisy.length; i++) {
      int v = (noisy[i] & 0xFF) + (int) Math.round(random.nextGaussian() * 12);
      noisy[i] = (byte) Math.max(0, Math.min(255, v));
    }
    GreyPixels n = new GreyPixels(clean.width(), clean.height(), noisy);
    double before = Illumination.estimate(n).noise(n);
    assertThat(Illumination.estimate(clean).noise(clean)).isLessThan(1.0);
    assertThat(before).isGreaterThan(4.0);
    GreyPixels smooth = Filters.median3(n);
    assertThat(Illumination.estimate(smooth).noise(smooth)).isLessThan(before / 2);
  }

  @Test
  void textHeightScalesWithTheFontAndScalingEnlargesIt() {
    double small = TextSize.medianComponentHeight(page(600, 800, 14));
    double large = TextSize.medianComponentHeight(page(1200, 1600, 28));
    assertThat(small).isBetween(6.0, 14.0);
    assertThat(large / small).isCloseTo(2.0, within(0.4));
    GreyPixels enlarged = Geometry.scale(page(600, 800, 14), 2.0);
    assertThat(enlarged.width()).isEqualTo(1200);
    assertThat(TextSize.medianComponentHeight(enlarged) / small).isCloseTo(2.0, within(0.4));
  }

  /** Mean of the paper (light) pixels in the column band [x0, x1). */
  private static double meanOfPaper(GreyPixels image, int x0, int x1) {
    long sum = 0;
    long n = 0;
    for (int y = 0; y < image.height(); y++) {
      for (int x = x0; x < x1; x++) {
        int v = image.get(x, y);
        if (v >= 100) {
          sum += v;
          n++;
        }
      }
    }
    return n == 0 ? 0 : (double) sum / n;
  }

  private static int inkPixels(GreyPixels image) {
    int n = 0;
    for (byte b : image.data()) {
      n += (b & 0xFF) < 128 ? 1 : 0;
    }
    return n;
  }
}
