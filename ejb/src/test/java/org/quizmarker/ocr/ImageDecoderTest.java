package org.quizmarker.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageDecoderTest {

  private static final long MAX_PIXELS = 40_000_000L;

  private final ImageDecoder decoder = new ImageDecoder();

  @Test
  void keepsGreyValuesExactly() throws Exception {
    BufferedImage original = TestImages.gradient(40, 30);

    BufferedImage decoded = decoder.decode(TestImages.encode(original, "png"), MAX_PIXELS).image();

    assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    assertThat(samples(decoded)).isEqualTo(samples(original));
  }

  @ParameterizedTest(name = "ARGB {0} -> {1}")
  @CsvSource({
    "FFFFFFFF, 255",
    "FF000000, 0",
    "FFFF0000, 77", // 0.3 * 255
    "FF00FF00, 128", // 0.5 * 255
    "FF0000FF, 51", // 0.2 * 255
    "FF0AC81E, 109", // 0.3 * 10 + 0.5 * 200 + 0.2 * 30
    "00000000, 255", // transparent: the white paper behind it
    "80000000, 127", // half-transparent black
  })
  void convertsColourLikeTesseract(String argb, int expectedGrey) throws Exception {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        image.setRGB(x, y, Integer.parseUnsignedInt(argb, 16));
      }
    }

    BufferedImage grey = decoder.decode(TestImages.encode(image, "png"), MAX_PIXELS).image();

    assertThat(grey.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    assertThat(grey.getRaster().getSample(2, 1, 0)).isEqualTo(expectedGrey);
  }

  @Test
  void scales16BitGreyWithoutGammaShift() throws Exception {
    BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
    image.getRaster().setSample(0, 0, 0, 0x8040);
    image.getRaster().setSample(1, 0, 0, 0xFFFF);

    BufferedImage grey = decoder.decode(TestImages.encode(image, "png"), MAX_PIXELS).image();

    assertThat(grey.getRaster().getSample(0, 0, 0)).isEqualTo(128);
    assertThat(grey.getRaster().getSample(1, 0, 0)).isEqualTo(255);
  }

  @Test
  void flattensGreyWithAlphaOntoWhite() throws Exception {
    ComponentColorModel greyAlpha =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_GRAY),
            true,
            false,
            Transparency.TRANSLUCENT,
            DataBuffer.TYPE_BYTE);
    BufferedImage image =
        new BufferedImage(greyAlpha, greyAlpha.createCompatibleWritableRaster(2, 1), false, null);
    image.getRaster().setPixel(0, 0, new int[] {100, 255}); // opaque grey
    image.getRaster().setPixel(1, 0, new int[] {0, 128}); // half-transparent black

    BufferedImage grey = decoder.decode(TestImages.encode(image, "png"), MAX_PIXELS).image();

    assertThat(grey.getRaster().getSample(0, 0, 0)).isEqualTo(100);
    assertThat(grey.getRaster().getSample(1, 0, 0)).isEqualTo(127);
  }

  @Test
  void convertsPaletteImages() throws Exception {
    byte[] r = {0, (byte) 255};
    byte[] g = {0, 0};
    byte[] b = {0, 0};
    BufferedImage image =
        new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(1, 2, r, g, b));
    image.getRaster().setSample(1, 0, 0, 1);

    BufferedImage grey = decoder.decode(TestImages.encode(image, "png"), MAX_PIXELS).image();

    assertThat(grey.getRaster().getSample(0, 0, 0)).isZero();
    assertThat(grey.getRaster().getSample(1, 0, 0)).isEqualTo(77);
  }

  @Test
  void decodesTiff() throws Exception {
    BufferedImage original = TestImages.gradient(50, 20);

    DecodedImage decoded = decoder.decode(TestImages.encode(original, "tiff"), MAX_PIXELS);

    assertThat(samples(decoded.image())).isEqualTo(samples(original));
    assertThat(decoded.dpi()).isNull();
  }

  @Test
  void decodesAScanWithItsResolution() throws Exception {
    String sheet = SampleSheets.cleanPrintPng();

    DecodedImage decoded = decoder.decode(SampleSheets.bytes(sheet), MAX_PIXELS);

    var capture = SampleSheets.truthOf(sheet).getJsonObject("capture");
    assertThat(decoded.image().getWidth()).isEqualTo(capture.getInt("width"));
    assertThat(decoded.dpi()).isEqualTo(capture.getInt("dpi"));
  }

  @Test
  void decodesVeryLargeImagesAtAFractionOfTheirSize() throws Exception {
    BufferedImage large = new BufferedImage(5000, 5000, BufferedImage.TYPE_BYTE_GRAY);
    byte[] jpeg = TestImages.jpegWithDensity(TestImages.encode(large, "jpeg"), 1, 600);

    DecodedImage decoded = decoder.decode(jpeg, MAX_PIXELS);

    assertThat(decoded.image().getWidth()).isEqualTo(2500);
    assertThat(decoded.image().getHeight()).isEqualTo(2500);
    assertThat(decoded.dpi()).isEqualTo(300);
  }

  @Test
  void subsamplesOnlyAboveTheFullSizeBudget() {
    assertThat(ImageDecoder.subsampling(4000, 6000)).isEqualTo(1);
    assertThat(ImageDecoder.subsampling(4001, 6000)).isEqualTo(2);
    assertThat(ImageDecoder.subsampling(7300, 5475)).isEqualTo(2);
    assertThat(ImageDecoder.subsampling(10000, 10000)).isEqualTo(3);
  }

  @Test
  void decodesAColourPhotoToGrey() throws Exception {
    String sheet = SampleSheets.anyJpeg();

    DecodedImage decoded = decoder.decode(SampleSheets.bytes(sheet), MAX_PIXELS);

    var capture = SampleSheets.truthOf(sheet).getJsonObject("capture");
    assertThat(decoded.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    assertThat(decoded.image().getWidth()).isEqualTo(capture.getInt("width"));
    assertThat(decoded.image().getHeight()).isEqualTo(capture.getInt("height"));
  }

  static Stream<Arguments> truncated() {
    byte[] tiff = TestImages.encode(TestImages.gradient(300, 200), "tiff");
    return Stream.of(
        Arguments.of("PNG", TestImages.cut(SampleSheets.bytes(SampleSheets.cleanPrintPng()), 0.6)),
        Arguments.of("JPEG", TestImages.cut(SampleSheets.bytes(SampleSheets.anyJpeg()), 0.6)),
        Arguments.of("TIFF", TestImages.cut(tiff, 0.6)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("truncated")
  void refusesTruncatedData(String format, byte[] bytes) {
    UnreadableImageException e = unreadable(bytes, MAX_PIXELS);

    assertThat(e.getMessage()).startsWith("image data is truncated");
  }

  @Test
  void refusesTooManyPixelsBeforeDecoding() {
    byte[] bomb =
        TestImages.pngClaimingSize(
            TestImages.encode(TestImages.gradient(64, 64), "png"), 20_000, 20_000);

    assertThat(unreadable(bomb, MAX_PIXELS).getMessage()).contains("400,000,000 pixels");
  }

  @Test
  void refusesAPngWhoseDataDoesNotMatchItsHeader() {
    // a 64x64 image claiming 640x640 (below the limit): the header is fine, the data is not
    byte[] liar =
        TestImages.pngClaimingSize(TestImages.encode(TestImages.gradient(64, 64), "png"), 640, 640);

    assertThat(unreadable(liar, MAX_PIXELS).getMessage())
        .startsWith("the PNG image cannot be decoded");
  }

  @Test
  void refusesNonImages() {
    assertThat(unreadable("hello".getBytes(), MAX_PIXELS).getMessage())
        .isEqualTo("The file is not a PNG, JPEG or TIFF image.");
    assertThat(unreadable(new byte[0], MAX_PIXELS).getMessage()).isEqualTo("The file is empty.");
  }

  private UnreadableImageException unreadable(byte[] bytes, long maxPixels) {
    UnreadableImageException e =
        catchThrowableOfType(
            UnreadableImageException.class, () -> decoder.decode(bytes, maxPixels));
    assertThat(e).as("exception").isNotNull();
    return e;
  }

  private static int[] samples(BufferedImage image) {
    return image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
  }
}
