package org.quizmarker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quizmarker.platform.StrictJson.InvalidJsonException;

class StrictJsonTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String codeOf(String body) {
    try {
      StrictJson.parse(utf8(body));
    } catch (InvalidJsonException e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void readsAnObjectWithSurroundingWhitespace() {
    JsonObject o = StrictJson.parse(utf8("  {\"a\": [1, {\"b\": true}]}\n")).asJsonObject();
    assertThat(o.getJsonArray("a").getJsonObject(1).getBoolean("b")).isTrue();
  }

  @Test
  void refusesContentAfterTheValue() {
    assertThat(codeOf("{\"a\":1} xx")).isEqualTo("INVALID_JSON");
    assertThat(codeOf("{\"a\":1}{\"b\":2}")).isEqualTo("INVALID_JSON");
  }

  @Test
  void refusesTheNulCharacterInValuesAndKeysButNotOtherEscapes() {
    assertThat(codeOf("{\"u\":\"admin\\u0000\"}")).isEqualTo("INVALID_CHARACTER");
    assertThat(codeOf("{\"a\\u0000\":1}")).isEqualTo("INVALID_CHARACTER");
    assertThat(codeOf("[\"\\u0000\"]")).isEqualTo("INVALID_CHARACTER");
    assertThat(codeOf("{\"u\":\"line\\nbreak\\t\\u0001\"}")).isEqualTo("accepted");
  }

  @Test
  void refusesDeepNestingWithoutRecursing() {
    assertThat(codeOf("{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"))
        .isEqualTo("JSON_TOO_DEEP");
  }

  @Test
  void acceptsTheDeepestAllowedNesting() {
    int d = StrictJson.MAX_DEPTH;
    assertThat(codeOf("[".repeat(d) + "]".repeat(d))).isEqualTo("accepted");
    assertThat(codeOf("[".repeat(d + 1) + "]".repeat(d + 1))).isEqualTo("JSON_TOO_DEEP");
  }

  @Test
  void refusesMalformedAndEmptyBodies() {
    for (String bad : new String[] {"", "   ", "{\"a\":", "{'a':1}", "nul"}) {
      assertThat(codeOf(bad)).as(bad).isEqualTo("INVALID_JSON");
    }
  }

  @Test
  void aScalarBodyIsOneValue() {
    assertThat(codeOf(" 42 ")).isEqualTo("accepted");
    assertThatThrownBy(() -> StrictJson.parse(utf8("1 2")))
        .isInstanceOf(InvalidJsonException.class);
  }
}
