package org.quizmarker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

  @Test
  void aLineBreakCannotForgeALogLine() {
    String forged = "alice\n2026-01-01 00:00:00,000 INFO  [x] Sign-in accepted for 'admin'";
    assertThat(LogSafe.of(forged)).doesNotContain("\n").startsWith("alice\\n2026");
  }

  @Test
  void controlCharactersAreEscaped() {
    assertThat(LogSafe.of("a\u0000b\rc\td\u001b[31me\u2028f\u0085g"))
        .isEqualTo("a\\u0000b\\rc\\td\\u001b[31me\\u2028f\\u0085g");
  }

  @Test
  void backslashesAreEscapedSoEscapesAreUnambiguous() {
    assertThat(LogSafe.of("a\\nb")).isEqualTo("a\\\\nb");
  }

  @Test
  void longTextIsCutWithItsLength() {
    String s = LogSafe.of("x".repeat(30_000_000));
    assertThat(s).hasSize(LogSafe.MAX_LENGTH + "...(30000000 chars)".length());
    assertThat(s).endsWith("...(30000000 chars)");
  }

  @Test
  void plainTextAndNullStayReadable() {
    assertThat(LogSafe.of("Ms. Lee – Klasse 7b")).isEqualTo("Ms. Lee – Klasse 7b");
    assertThat(LogSafe.of(null)).isEqualTo("null");
  }
}
