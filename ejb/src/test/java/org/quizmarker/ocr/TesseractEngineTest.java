package org.quizmarker.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Needs libtesseract 5 with eng and osd data, and the shared quiz sheets. */
class TesseractEngineTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static TesseractEngine engine;
  private static String sheet;
  private static DecodedImage decoded;

  @BeforeAll
  static void start() throws Exception {
    engine = new TesseractEngine(2);
    sheet = SampleSheets.cleanPrintPng();
    decoded = new ImageDecoder().decode(SampleSheets.bytes(sheet), 40_000_000L);
  }

  @AfterAll
  static void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  private static OcrRequest pageRequest() {
    return OcrRequest.page(TIMEOUT).withDpi(decoded.dpi());
  }

  @Test
  void readsTheSameTextAsTheTesseractCommandLine() throws Exception {
    String cli = commandLine(SampleSheets.dev(sheet), "--psm", "6");

    OcrResult result = engine.read(decoded.image(), pageRequest());

    assertThat(decoded.dpi()).as("pHYs resolution, which the CLI uses too").isEqualTo(300);
    assertThat(stripTrailing(result.text())).isEqualTo(stripTrailing(cli));
  }

  @Test
  void readsTheSheet() throws Exception {
    var truth = SampleSheets.truthOf(sheet);

    OcrResult result = engine.read(decoded.image(), pageRequest());

    assertThat(result.text()).contains("Name: " + truth.getString("student_name"));
    assertThat(result.meanConfidence()).isBetween(50.0, 100.0);
    assertThat(result.millis()).isPositive();
  }

  @Test
  void linesAndWordsHaveBoxesInsideTheImageAndSaneConfidences() throws Exception {
    BufferedImage image = decoded.image();

    OcrResult result = engine.read(image, pageRequest());

    assertThat(result.lines())
        .hasSizeGreaterThanOrEqualTo(SampleSheets.truthOf(sheet).getJsonArray("lines").size());
    for (OcrLine line : result.lines()) {
      assertThat(result.text()).contains(line.text());
      assertThat(line.text()).doesNotContain("\n");
      assertThat(line.confidence()).isBetween(0f, 100f);
      assertInside(line.box(), image);
      assertThat(line.words()).isNotEmpty();
      for (OcrWord word : line.words()) {
        assertThat(line.text()).contains(word.text());
        assertThat(word.confidence()).isBetween(0f, 100f);
        assertInside(word.box(), image);
        assertInside(word.box(), line.box());
      }
    }
  }

  @Test
  void stopsAtTheDeadlineAndTheHandleStaysUsable() throws Exception {
    OcrRequest hurried = OcrRequest.page(Duration.ofMillis(1)).withDpi(decoded.dpi());

    assertThatThrownBy(() -> engine.read(decoded.image(), hurried))
        .isInstanceOf(OcrTimeoutException.class)
        .hasMessage("OCR took longer than 1 ms");
    assertThatThrownBy(() -> engine.read(decoded.image(), hurried))
        .isInstanceOf(OcrTimeoutException.class);

    String expected = engine.read(decoded.image(), pageRequest()).text();
    assertThat(engine.read(decoded.image(), pageRequest()).text()).isEqualTo(expected);
  }

  @Test
  void twoThreadsAtOnceReadWhatOneThreadReads() throws Exception {
    String sequential = engine.read(decoded.image(), pageRequest()).text();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> reads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        reads.add(pool.submit(() -> engine.read(decoded.image(), pageRequest()).text()));
      }
      for (Future<String> read : reads) {
        assertThat(read.get(2, TimeUnit.MINUTES)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoThreadsShareTheOneOrientationHandle() throws Exception {
    BufferedImage turned = rotateClockwise(decoded.image(), 90);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Orientation>> detections = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        detections.add(pool.submit(() -> engine.detectOrientation(turned).orElseThrow()));
      }
      for (Future<Orientation> detection : detections) {
        assertThat(detection.get(2, TimeUnit.MINUTES).degreesClockwise()).isEqualTo(90);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWhitelistAppliesToOneRequestOnly() throws Exception {
    OcrResult digits = engine.read(decoded.image(), pageRequest().withCharWhitelist("0123456789"));
    OcrResult all = engine.read(decoded.image(), pageRequest());

    assertThat(digits.text()).matches("[0-9\\s]*").containsPattern("[0-9]");
    assertThat(all.text()).contains("Name");
  }

  @Test
  void readsASingleLine() throws Exception {
    OcrLine nameLine =
        engine.read(decoded.image(), pageRequest()).lines().stream()
            .filter(l -> l.text().startsWith("Name:"))
            .findFirst()
            .orElseThrow();
    Box b = nameLine.box();
    int margin = 20;
    BufferedImage crop =
        decoded
            .image()
            .getSubimage(
                b.x() - margin, b.y() - margin, b.width() + 2 * margin, b.height() + 2 * margin);

    OcrResult line = engine.read(crop, OcrRequest.line(TIMEOUT).withDpi(decoded.dpi()));

    assertThat(line.text().strip()).isEqualTo(nameLine.text());
    assertThat(line.lines()).hasSize(1);
  }

  @Test
  void aBlankPageHasNoText() throws Exception {
    BufferedImage blank = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = blank.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 800, 600);
    g.dispose();

    OcrResult result = engine.read(blank, OcrRequest.page(TIMEOUT));

    assertThat(result.text()).isBlank();
    assertThat(result.lines()).isEmpty();
  }

  @Test
  void readsColourImages() throws Exception {
    BufferedImage rgb = new BufferedImage(900, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.drawImage(TestImages.text("Pacific Ocean 42", 900, 150), 0, 0, null);
    g.dispose();

    OcrResult result = engine.read(rgb, OcrRequest.line(TIMEOUT));

    assertThat(result.text().strip()).isEqualTo("Pacific Ocean 42");
  }

  @ParameterizedTest(name = "page turned {0} degrees clockwise")
  @ValueSource(ints = {0, 90, 180, 270})
  void detectsHowThePageIsTurned(int degrees) throws Exception {
    BufferedImage turned = rotateClockwise(decoded.image(), degrees);

    Orientation orientation = engine.detectOrientation(turned).orElseThrow();

    assertThat(orientation.degreesClockwise()).isEqualTo(degrees);
    assertThat(orientation.correctionClockwise()).isEqualTo((360 - degrees) % 360);
    assertThat(orientation.confidence()).isPositive();
  }

  @Test
  void refusesImagesLargerThanTesseractAccepts() {
    BufferedImage tooWide = new BufferedImage(40_000, 1, BufferedImage.TYPE_BYTE_GRAY);

    assertThatThrownBy(() -> engine.read(tooWide, OcrRequest.page(TIMEOUT)))
        .isInstanceOf(OcrFailedException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void aMissingLanguageFolderFailsClearly() {
    try (TesseractEngine broken = new TesseractEngine("/nonexistent/tessdata", 1)) {
      assertThatThrownBy(broken::warmUp)
          .isInstanceOf(OcrFailedException.class)
          .hasMessageContaining("/nonexistent/tessdata");
    }
  }

  @Test
  void aClosedEngineRefusesWork() throws Exception {
    TesseractEngine closed = new TesseractEngine(1);
    closed.warmUp();
    closed.close();
    closed.close();

    assertThatThrownBy(() -> closed.read(decoded.image(), pageRequest()))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void assertInside(Box box, BufferedImage image) {
    assertInside(box, new Box(0, 0, image.getWidth(), image.getHeight()));
  }

  private static void assertInside(Box inner, Box outer) {
    assertThat(inner.width()).isPositive();
    assertThat(inner.height()).isPositive();
    assertThat(inner.x()).isGreaterThanOrEqualTo(outer.x());
    assertThat(inner.y()).isGreaterThanOrEqualTo(outer.y());
    assertThat(inner.x() + inner.width()).isLessThanOrEqualTo(outer.x() + outer.width());
    assertThat(inner.y() + inner.height()).isLessThanOrEqualTo(outer.y() + outer.height());
  }

  private static BufferedImage rotateClockwise(BufferedImage src, int degrees) {
    BufferedImage out = src;
    for (int turn = 0; turn < degrees / 90; turn++) {
      BufferedImage next =
          new BufferedImage(out.getHeight(), out.getWidth(), BufferedImage.TYPE_BYTE_GRAY);
      int h = out.getHeight();
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < out.getWidth(); x++) {
          next.getRaster().setSample(h - 1 - y, x, 0, out.getRaster().getSample(x, y, 0));
        }
      }
      out = next;
    }
    return out;
  }

  private static String stripTrailing(String text) {
    return text.stripTrailing(); // also drops the CLI's form feed after the page
  }

  /** What {@code tesseract <file> - <args>} prints, with one OpenMP thread like the server. */
  static String commandLine(Path image, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tesseract", image.toString(), "-"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    String out;
    try (InputStream stdout = process.getInputStream()) {
      out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("tesseract finished").isTrue();
    assertThat(process.exitValue()).as("tesseract exit code").isZero();
    return out;
  }
}
