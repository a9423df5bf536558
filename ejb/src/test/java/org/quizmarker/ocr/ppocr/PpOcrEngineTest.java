package org.quizmarker.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quizmarker.ocr.Box;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.OcrLine;
import org.quizmarker.ocr.OcrRequest;
import org.quizmarker.ocr.OcrResult;
import org.quizmarker.ocr.preprocess.GreyPixels;

/** PP-OCR on a clean printed dev sheet (sheet_014: 3 header lines and 20 answers). */
class PpOcrEngineTest {

  private static PpOcrModels models;

  @BeforeAll
  static void load() {
    models = new PpOcrModels();
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @Test
  void readsEveryLineOfACleanSheetAsAnOcrEngine() throws Exception {
    OcrResult result =
        new PpOcrEngine(models)
            .read(sheet("sheet_014.png").image(), OcrRequest.page(Duration.ofSeconds(60)));
    List<String> lines = result.lines().stream().map(OcrLine::text).toList();
    assertThat(lines).hasSize(23);
    assertThat(lines).contains("Name: Ruth Silva", "(15) 5/7", "#18 0.44");
    assertThat(result.meanConfidence()).isGreaterThan(90);
    for (OcrLine line : result.lines()) {
      assertThat(line.box().x()).isBetween(150, 260); // one answer per row, left-aligned
    }
  }

  @Test
  void detectingInTheTextRegionFindsTheSameLinesOnPageCoordinates() throws Exception {
    GreyPixels page = GreyPixels.of(sheet("sheet_014.png").image());
    List<Box> whole = new PpOcrEngine(models).detectLines(page);
    List<Box> region =
        new PpOcrEngine(models, PpOcrEngine.Settings.DEFAULT.withTextRegionOnly(true))
            .detectLines(page);
    assertThat(region).hasSameSizeAs(whole);
    for (int i = 0; i < whole.size(); i++) {
      Box a = whole.get(i);
      Box b = region.get(i);
      // the same line, its edges a few pixels apart (the detector sees less paper around it)
      int tolerance = a.height() / 4;
      assertThat(Math.abs(a.x() - b.x())).as("x of line %d", i).isLessThanOrEqualTo(tolerance);
      assertThat(Math.abs(a.y() - b.y())).as("y of line %d", i).isLessThanOrEqualTo(tolerance);
      assertThat(Math.abs(a.height() - b.height()))
          .as("height of line %d", i)
          .isLessThanOrEqualTo(tolerance);
    }
  }

  @Test
  void twoThreadsDetectingAtOnceFindWhatOneThreadFinds() throws Exception {
    PpOcrEngine engine = new PpOcrEngine(models);
    GreyPixels page = GreyPixels.of(sheet("sheet_014.png").image());
    List<Box> sequential = engine.detectLines(page);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Box>>> detections = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        detections.add(pool.submit(() -> engine.detectLines(page)));
      }
      for (Future<List<Box>> detection : detections) {
        assertThat(detection.get(2, TimeUnit.MINUTES)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(models.detectionGate().availablePermits()).isEqualTo(1);
  }

  @Test
  void aClosedModelSetRefusesWork() throws Exception {
    PpOcrModels closed = new PpOcrModels();
    closed.close();
    PpOcrEngine engine = new PpOcrEngine(closed);
    DecodedImage image = sheet("sheet_014.png");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> engine.read(image.image(), OcrRequest.page(Duration.ofSeconds(60))))
        .isInstanceOf(IllegalStateException.class);
  }

  private static DecodedImage sheet(String name) throws Exception {
    Path dir = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared/quizsheets/dev"))) {
        dir = d.resolve("shared/quizsheets/dev");
        break;
      }
    }
    String configured = System.getProperty("qm.quizsheets");
    if (configured != null && !configured.isBlank()) {
      dir = Path.of(configured).resolve("dev");
    }
    if (dir == null || !Files.isRegularFile(dir.resolve(name))) {
      fail("the shared quiz sheets (shared/quizsheets/dev) were not found; set -Dqm.quizsheets");
    }
    return new ImageDecoder().decode(Files.readAllBytes(dir.resolve(name)), 50_000_000L);
  }
}
