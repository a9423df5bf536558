package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedSheetsTest {

  @Test
  void aStudentsNameBecomesASafeFileName() {
    assertThat(MarkedSheets.slug("Zoë  O'Brien-Ńowak")).isEqualTo("zoe-o-brien-nowak");
    assertThat(MarkedSheets.slug("<img src=x onerror=alert(1)>"))
        .isEqualTo("img-src-x-onerror-alert-1");
    assertThat(MarkedSheets.slug("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(MarkedSheets.slug(null)).isEqualTo("unnamed");
    assertThat(MarkedSheets.slug("李雷")).isEqualTo("unnamed");
    assertThat(MarkedSheets.slug("a".repeat(100))).hasSize(60);
  }
}
