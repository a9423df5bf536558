package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageEncodingTest {

  @Test
  void scalingKeepsTheAspectRatioAndNeverEnlarges() {
    BufferedImage sheet = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage thumb = ImageEncoding.scaleToWidth(sheet, 200);
    assertThat(thumb.getWidth()).isEqualTo(200);
    assertThat(thumb.getHeight()).isEqualTo(283);
    assertThat(thumb.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    assertThat(ImageEncoding.scaleToWidth(sheet, 5000)).isSameAs(sheet);
  }

  @Test
  void pngAndJpegDecodeBackToTheSameSize() throws Exception {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
    for (byte[] bytes : new byte[][] {ImageEncoding.png(image), ImageEncoding.jpeg(image, 0.8f)}) {
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(back.getWidth()).isEqualTo(64);
      assertThat(back.getHeight()).isEqualTo(32);
    }
  }
}
