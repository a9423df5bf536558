package org.quizmarker.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FilenameSanitizerTest {

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("sheet_014.png", "sheet_014.png"),
        Arguments.of("Scan (1).jpg", "Scan (1).jpg"),
        Arguments.of("a_b-c.tiff", "a_b-c.tiff"),
        Arguments.of("../../etc/passwd", "passwd"),
        Arguments.of("/var/tmp/x.tif", "x.tif"),
        Arguments.of("C:\\Users\\Ann\\Scan 1.jpg", "Scan 1.jpg"),
        Arguments.of("..\\..\\boot.ini", "boot.ini"),
        Arguments.of("C:evil.png", "evil.png"),
        Arguments.of("\\\\server\\share\\quiz.png", "quiz.png"),
        Arguments.of(".htaccess", "htaccess"),
        Arguments.of("...hidden.png", "hidden.png"),
        Arguments.of(". . .png", "png"),
        Arguments.of("  my   quiz\tsheet\n.png ", "my quiz sheet .png"),
        Arguments.of("a\u0000b\u0007c\u007F.png", "abc.png"),
        Arguments.of("quiz<1>|?*.png", "quiz_1____.png"),
        Arguments.of("name:stream.png", "name_stream.png"),
        Arguments.of("r\u00e9sum\u00e9 na\u00efve.jpg", "r\u00e9sum\u00e9 na\u00efve.jpg"),
        Arguments.of("re\u0301sume\u0301.jpg", "r\u00e9sum\u00e9.jpg"), // NFD -> NFC
        Arguments.of(
            "\u00d6l\u00e7\u00fc \u8a66\u9a13.png", "\u00d6l\u00e7\u00fc \u8a66\u9a13.png"),
        Arguments.of(
            "\u0939\u093f\u0928\u094d\u0926\u0940.png", "\u0939\u093f\u0928\u094d\u0926\u0940.png"),
        Arguments.of("\uD83D\uDE00.png", "_.png"), // emoji: one code point, one underscore
        Arguments.of("\u202Egnp.exe", "_gnp.exe"), // right-to-left override spoofing
        Arguments.of("a\u00a0b.png", "a b.png"), // no-break space is whitespace
        Arguments.of("", "image"),
        Arguments.of("   ", "image"),
        Arguments.of("///", "image"),
        Arguments.of("C:\\", "image"),
        Arguments.of("....", "image"),
        Arguments.of("\u0001\u0002", "image"),
        Arguments.of(null, "image"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("names")
  void sanitizes(String submitted, String expected) {
    assertThat(FilenameSanitizer.sanitize(submitted)).isEqualTo(expected);
  }

  @Test
  void longNamesAreCutToAFileSystemNameKeepingTheExtension() {
    String sanitized = FilenameSanitizer.sanitize("x".repeat(300) + ".png");

    assertThat(sanitized).hasSize(255).startsWith("xxx").endsWith("x.png");
  }

  @Test
  void lengthIsCountedInUtf8BytesWithoutSplittingCharacters() {
    String sanitized = FilenameSanitizer.sanitize("\u00e9".repeat(200) + ".jpeg"); // 2 bytes each

    assertThat(sanitized.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    assertThat(sanitized).isEqualTo("\u00e9".repeat(125) + ".jpeg");
  }

  @Test
  void aLongTailAfterTheLastDotIsNotKeptAsExtension() {
    String sanitized = FilenameSanitizer.sanitize("a." + "b".repeat(300));

    assertThat(sanitized).hasSize(255).isEqualTo("a." + "b".repeat(253));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "photo.png | false",
        "../photo.png | true",
        "dir/photo.png | true",
        "dir\\photo.png | true",
        "C:photo.png | true",
        "c:\\photo.png | true",
        "C | false",
        "my: photo.png | false",
        "null | false",
      })
  void reportsPathParts(String submitted, boolean expected) {
    assertThat(FilenameSanitizer.hadPathParts(submitted)).isEqualTo(expected);
  }
}
