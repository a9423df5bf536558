package org.quizmarker.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageResponsesTest {

  @Test
  void aFileNameInTheDispositionCannotBreakOutOfItsQuotes() {
    assertThat(ImageResponses.disposition(true, "marked-7-ada.png"))
        .isEqualTo("attachment; filename=\"marked-7-ada.png\"");
    assertThat(ImageResponses.disposition(false, "a\"; x=\"y\r\n.png"))
        .isEqualTo("inline; filename=\"a___x__y__.png\"");
  }
}
