package org.quizmarker.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ImageFormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "89504E470D0A1A0A0000000D49484452, PNG",
        "89504E470D0A1A0A, PNG",
        "FFD8FFE000104A464946, JPEG",
        "FFD8FFDB, JPEG",
        "FFD8FF, JPEG",
        "49492A0008000000, TIFF",
        "4D4D002A00000008, TIFF",
        "89504E470D0A1A, none", // PNG signature cut short
        "89504E470D0A0A0A, none", // line ending damaged by a text-mode transfer
        "FFD8, none",
        "49492B00, none", // BigTIFF: not accepted
        "4D4D2A00, none", // mixed byte order
        "474946383961, none", // GIF89a
        "25504446, none", // %PDF
        "424D, none", // BMP
        "48656C6C6F, none", // "Hello"
        "'', none",
      })
  void sniffsByMagicBytes(String hex, ImageFormat expected) {
    assertThat(ImageFormat.sniff(HexFormat.of().parseHex(hex))).isEqualTo(opt(expected));
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void mimeTypes(ImageFormat format) {
    assertThat(format.mimeType()).isEqualTo("image/" + format.name().toLowerCase());
  }

  @org.junit.jupiter.api.Test
  void nullHeadIsNoFormat() {
    assertThat(ImageFormat.sniff(null)).isEmpty();
  }

  private static java.util.Optional<ImageFormat> opt(ImageFormat format) {
    return java.util.Optional.ofNullable(format);
  }
}
