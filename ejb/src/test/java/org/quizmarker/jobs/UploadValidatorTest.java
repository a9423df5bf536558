package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;

class UploadValidatorTest {
  final UploadValidator validator = new UploadValidator(3, 100_000, 1_000_000);

  static byte[] png(int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), "png", out);
    return out.toByteArray();
  }

  @Test
  void acceptsImagesWithSanitisedNamesAndTheirFacts() throws IOException {
    var accepted =
        validator.validate(List.of(new UploadedFile("../../etc/sheet 1.png", png(40, 30))));
    assertThat(accepted).hasSize(1);
    assertThat(accepted.get(0).filename()).isEqualTo("sheet 1.png");
    assertThat(accepted.get(0).contentType()).isEqualTo("image/png");
    assertThat(accepted.get(0).width()).isEqualTo(40);
    assertThat(accepted.get(0).height()).isEqualTo(30);
    assertThat(accepted.get(0).sha256()).hasSize(64);
  }

  @Test
  void refusesNoFiles() {
    assertRefused(List.of(), Kind.INVALID, "NO_FILES");
  }

  @Test
  void refusesTooManyFiles() throws IOException {
    List<UploadedFile> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      files.add(new UploadedFile("a" + i + ".png", png(2, 2)));
    }
    assertRefused(files, Kind.INVALID, "TOO_MANY_FILES");
  }

  @Test
  void oneBadFileRefusesTheWholeUpload() throws IOException {
    assertRefused(
        List.of(
            new UploadedFile("good.png", png(2, 2)),
            new UploadedFile("bad.png", "text".getBytes())),
        Kind.UNSUPPORTED_TYPE,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void refusesLargeFilesAndTooManyPixels() throws IOException {
    assertRefused(
        List.of(new UploadedFile("big.png", new byte[100_001])), Kind.TOO_LARGE, "FILE_TOO_LARGE");
    assertRefused(
        List.of(new UploadedFile("wide.png", png(1001, 1000))), Kind.TOO_LARGE, "IMAGE_TOO_LARGE");
    assertRefused(List.of(new UploadedFile("empty.png", new byte[0])), Kind.INVALID, "EMPTY_FILE");
  }

  void assertRefused(List<UploadedFile> files, Kind kind, String code) {
    assertThatThrownBy(() -> validator.validate(files))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.getMessage()).isNotBlank();
            });
  }

  @Test
  void estimatesScaleWithImagesPerWorker() {
    assertThat(JobEstimates.estimate(1, 2, 1.5, 3)).isEqualTo("2-4 seconds");
    assertThat(JobEstimates.estimate(40, 2, 1.5, 3)).isEqualTo("30-61 seconds");
    assertThat(JobEstimates.estimate(3, 0, 1.5, 3)).isEqualTo("5-10 seconds");
  }
}
