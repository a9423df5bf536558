package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quizmarker.jobs.ImageEncoding;

class ImagePdfTest {

  @Test
  void eachImageIsAnA4PageAndTheCrossReferencesPointAtTheirObjects() throws Exception {
    byte[] jpeg = ImageEncoding.jpeg(new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB), 0.8f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImagePdf pdf = new ImagePdf(out)) {
      pdf.addJpegPage(jpeg, 200, 300, false);
      pdf.addJpegPage(jpeg, 200, 300, false);
      assertThat(pdf.pageCount()).isEqualTo(2);
    }
    byte[] bytes = out.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
    assertThat(text).contains("/Type /Pages /Kids [ 5 0 R 8 0 R ] /Count 2");
    assertThat(text).contains("/MediaBox [0 0 595.28 841.89]");
    assertThat(text).contains("/Filter /DCTDecode /Length " + jpeg.length);

    int startxref =
        Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10).split("\n")[0]);
    assertThat(text.substring(startxref)).startsWith("xref\n0 9\n");
    Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(startxref));
    int object = 1;
    while (entries.find()) {
      int offset = Integer.parseInt(entries.group(1));
      assertThat(text.substring(offset)).startsWith(object + " 0 obj\n");
      object++;
    }
    assertThat(object).isEqualTo(9);
  }
}
