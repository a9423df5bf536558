package org.quizmarker.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartTailTest {

  static MultipartTail read(String body, int chunk) throws IOException {
    MultipartTail tail =
        new MultipartTail(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
    byte[] buf = new byte[chunk];
    while (tail.read(buf, 0, chunk) > 0) {
      // consume as a parser would
    }
    return tail;
  }

  @Test
  void aCompleteBodyEndsWithItsClosingDelimiter() throws IOException {
    String body =
        "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n"
            + "y".repeat(5000)
            + "\r\n--b--\r\n";
    assertThat(read(body, 7).endsWithClosingDelimiter("b")).isTrue();
    assertThat(read(body, 4096).endsWithClosingDelimiter("b")).isTrue();
  }

  @Test
  void aTruncatedBodyDoesNot() throws IOException {
    String body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n" + "y".repeat(5000);
    assertThat(read(body, 100).endsWithClosingDelimiter("b")).isFalse();
  }

  @Test
  void aStreamTheParserClosedIsNotReadAgain() throws IOException {
    MultipartTail tail = read("--b\r\n\r\nz\r\n--b--\r\n", 64);
    tail.close();
    assertThat(tail.endsWithClosingDelimiter("b")).isTrue();
  }

  @Test
  void unreadEpilogueIsDrainedFirst() throws IOException {
    MultipartTail tail =
        new MultipartTail(
            new ByteArrayInputStream(
                "--b\r\n\r\nz\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    tail.read(new byte[3], 0, 3);
    assertThat(tail.endsWithClosingDelimiter("b")).isTrue();
  }
}
