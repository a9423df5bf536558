package org.quizmarker.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageInspectorTest {

  private static final long MAX_PIXELS = 40_000_000L;

  private final ImageInspector inspector = new ImageInspector(MAX_PIXELS);

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void acceptsGeneratedImages(ImageFormat format) throws Exception {
    byte[] bytes = TestImages.encode(TestImages.gradient(120, 80), format.name().toLowerCase());

    InspectedImage image = inspector.inspect(bytes);

    assertThat(image.format()).isEqualTo(format);
    assertThat(image.width()).isEqualTo(120);
    assertThat(image.height()).isEqualTo(80);
    assertThat(image.pixels()).isEqualTo(9600);
  }

  static Stream<String> devSheets() {
    return SampleSheets.manifest().stream().map(e -> e.getString("image"));
  }

  @ParameterizedTest
  @MethodSource("devSheets")
  void acceptsEveryDevSheetWithItsSizeAndResolution(String sheet) throws Exception {
    JsonObject capture = SampleSheets.truthOf(sheet).getJsonObject("capture");

    InspectedImage image = inspector.inspect(SampleSheets.bytes(sheet));

    assertThat(image.format())
        .isEqualTo(sheet.endsWith(".png") ? ImageFormat.PNG : ImageFormat.JPEG);
    assertThat(image.width()).isEqualTo(capture.getInt("width"));
    assertThat(image.height()).isEqualTo(capture.getInt("height"));
    if (sheet.endsWith(".png")) {
      assertThat(image.dpi()).isEqualTo(capture.getInt("dpi")); // from pHYs
    } else {
      assertThat(image.dpi()).isNull(); // their JFIF header gives only an aspect ratio
    }
  }

  @Test
  void refusesEmptyFiles() {
    assertThat(codeOf(new byte[0])).isEqualTo(ImageRejectedException.EMPTY_FILE);
    assertThat(codeOf(null)).isEqualTo(ImageRejectedException.EMPTY_FILE);
  }

  @ParameterizedTest
  @CsvSource({
    "'Quiz: Cell Biology\nName: Omar Silva\n'", // a text file renamed sheet.png
    "'%PDF-1.7\n'",
    "'GIF89a'",
    "'<svg xmlns=\"http://www.w3.org/2000/svg\"/>'",
    "'BM'",
  })
  void refusesOtherContentWhateverItsName(String content) {
    ImageRejectedException e = rejection(content.getBytes(StandardCharsets.UTF_8));

    assertThat(e.code()).isEqualTo(ImageRejectedException.UNSUPPORTED_MEDIA_TYPE);
    assertThat(e.getMessage()).isEqualTo("The file is not a PNG, JPEG or TIFF image.");
  }

  @Test
  void refusesADecompressionBombFromItsHeaderWithoutAllocating() throws Exception {
    byte[] bomb =
        TestImages.pngClaimingSize(
            TestImages.encode(TestImages.gradient(64, 64), "png"), 20_000, 20_000);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    inspector.inspect(TestImages.encode(TestImages.gradient(8, 8), "png")); // load ImageIO first

    long before = threads.getCurrentThreadAllocatedBytes();
    ImageRejectedException e = rejection(bomb);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(e.code()).isEqualTo(ImageRejectedException.IMAGE_TOO_LARGE);
    assertThat(e.getMessage())
        .isEqualTo(
            "The image is 20,000 x 20,000 = 400,000,000 pixels, more than the limit of 40,000,000"
                + " pixels.");
    assertThat(allocated).as("bytes allocated").isLessThan(4_000_000); // the raster would be 400 MB
  }

  @Test
  void acceptsTheLimitExactly() throws Exception {
    byte[] png = TestImages.encode(TestImages.gradient(100, 50), "png");

    assertThat(new ImageInspector(5000).inspect(png).pixels()).isEqualTo(5000);
    assertThat(codeOf(png, new ImageInspector(4999)))
        .isEqualTo(ImageRejectedException.IMAGE_TOO_LARGE);
  }

  static Stream<Arguments> truncatedFiles() {
    String png = SampleSheets.cleanPrintPng();
    String jpeg = SampleSheets.anyJpeg();
    byte[] tiff = TestImages.encode(TestImages.gradient(300, 200), "tiff");
    return Stream.of(
        Arguments.of(png + " at 50 %", TestImages.cut(SampleSheets.bytes(png), 0.5)),
        Arguments.of(png + " at 99 %", TestImages.cut(SampleSheets.bytes(png), 0.99)),
        Arguments.of(png + " without its last byte", minusLastByte(SampleSheets.bytes(png))),
        Arguments.of(jpeg + " at 50 %", TestImages.cut(SampleSheets.bytes(jpeg), 0.5)),
        Arguments.of(jpeg + " at 99 %", TestImages.cut(SampleSheets.bytes(jpeg), 0.99)),
        Arguments.of(jpeg + " without its last byte", minusLastByte(SampleSheets.bytes(jpeg))),
        Arguments.of("TIFF at 50 %", TestImages.cut(tiff, 0.5)),
        Arguments.of("TIFF without its last byte", minusLastByte(tiff)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("truncatedFiles")
  void refusesTruncatedFiles(String description, byte[] bytes) {
    ImageRejectedException e = rejection(bytes);

    assertThat(e.code()).isEqualTo(ImageRejectedException.CORRUPT_IMAGE);
    assertThat(e.getMessage()).contains("truncated");
  }

  static Stream<Arguments> garbage() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    return Stream.of(
        Arguments.of(
            "PNG",
            TestImages.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, noise)),
        Arguments.of(
            "JPEG", TestImages.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, noise)),
        Arguments.of("TIFF", TestImages.concat(new byte[] {'I', 'I', 42, 0}, noise)),
        Arguments.of("TIFF", TestImages.concat(new byte[] {'M', 'M', 0, 42}, noise)),
        Arguments.of("PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
        Arguments.of("JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("garbage")
  void refusesGarbageBehindAValidSignature(String format, byte[] bytes) {
    ImageRejectedException e = rejection(bytes);

    assertThat(e.code()).isEqualTo(ImageRejectedException.CORRUPT_IMAGE);
    assertThat(e.getMessage()).startsWith("The " + format + " image is damaged or incomplete: ");
  }

  @Test
  void rejectionsCarryNoStackTrace() {
    assertThat(rejection(new byte[0]).getStackTrace()).isEmpty();
  }

  @Test
  void acceptsBytesAfterTheEndOfAJpeg() throws Exception {
    byte[] jpeg = TestImages.encode(TestImages.gradient(64, 48), "jpeg");
    byte[] trailer = "SEFT camera trailer".getBytes(StandardCharsets.US_ASCII);

    assertThat(inspector.inspect(TestImages.concat(jpeg, new byte[64])).width()).isEqualTo(64);
    assertThat(inspector.inspect(TestImages.concat(jpeg, trailer)).width()).isEqualTo(64);
  }

  @Test
  void acceptsBytesAfterTheEndOfAPng() throws Exception {
    byte[] png = TestImages.encode(TestImages.gradient(64, 48), "png");

    assertThat(inspector.inspect(TestImages.concat(png, new byte[16])).width()).isEqualTo(64);
  }

  @ParameterizedTest(name = "JFIF units {0}, density {1} -> {2} dpi")
  @CsvSource(
      nullValues = "null",
      value = {"0, 1, null", "1, 200, 200", "1, 72, 72", "2, 118, 300", "2, 79, 201"})
  void readsTheJpegResolution(int units, int density, Integer expectedDpi) throws Exception {
    byte[] jpeg =
        TestImages.jpegWithDensity(
            TestImages.encode(TestImages.gradient(64, 48), "jpeg"), units, density);

    assertThat(inspector.inspect(jpeg).dpi()).isEqualTo(expectedDpi);
  }

  @ParameterizedTest(name = "{1} per unit {0} -> {2} dpi")
  @CsvSource(
      nullValues = "null",
      value = {"1, 300, null", "2, 300, 300", "3, 118, 300", "2, 0, null"})
  void readsTheTiffResolution(int unit, int perUnit, Integer expectedDpi) throws Exception {
    byte[] tiff =
        TestImages.tiffWithResolution(
            TestImages.encode(TestImages.gradient(64, 48), "tiff"), unit, perUnit);

    assertThat(inspector.inspect(tiff).dpi()).isEqualTo(expectedDpi);
  }

  @Test
  void aPngWithoutPhysHasNoResolution() throws Exception {
    assertThat(
            inspector
                .inspect(
                    TestImages.encode(new BufferedImage(9, 9, BufferedImage.TYPE_INT_RGB), "png"))
                .dpi())
        .isNull();
  }

  private static byte[] minusLastByte(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length - 1);
  }

  private ImageRejectedException rejection(byte[] bytes) {
    ImageRejectedException e =
        catchThrowableOfType(ImageRejectedException.class, () -> inspector.inspect(bytes));
    assertThat(e).as("rejection").isNotNull();
    return e;
  }

  private String codeOf(byte[] bytes) {
    return codeOf(bytes, inspector);
  }

  private static String codeOf(byte[] bytes, ImageInspector inspector) {
    ImageRejectedException e =
        catchThrowableOfType(ImageRejectedException.class, () -> inspector.inspect(bytes));
    assertThat(e).as("rejection").isNotNull();
    return e.code();
  }
}
