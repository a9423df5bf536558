package org.quizmarker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.platform.ServiceException;

class JsonShapeTest {
  record Ref(long submissionId, int q) {}

  record Body(List<Ref> answers, Boolean correct, Double points, String text) {}

  private static String refusal(String json) {
    JsonValue v = Json.createReader(new StringReader(json)).readValue();
    try {
      JsonShape.check(v, Body.class, "");
    } catch (ServiceException e) {
      assertThat(e.code()).isEqualTo("INVALID_FIELD_TYPE");
      return e.getMessage();
    }
    return null;
  }

  @Test
  void wellTypedBodiesPass() {
    assertThat(
            refusal(
                "{\"answers\":[{\"submission_id\":7,\"q\":3}],\"correct\":true,"
                    + "\"points\":0.5,\"text\":\"Paris\",\"unknown\":[1]}"))
        .isNull();
    assertThat(refusal("{\"correct\":null,\"points\":2}")).isNull();
    assertThatCode(() -> JsonShape.check(JsonValue.NULL, Body.class, ""))
        .doesNotThrowAnyException();
  }

  @Test
  void eachWrongTypeIsNamed() {
    assertThat(refusal("{\"correct\":1}")).isEqualTo("correct must be true or false");
    assertThat(refusal("{\"correct\":\"yes\"}")).isEqualTo("correct must be true or false");
    assertThat(refusal("{\"points\":\"2\"}")).isEqualTo("points must be a number");
    assertThat(refusal("{\"points\":1e400}")).isEqualTo("points must be a finite number");
    assertThat(refusal("{\"text\":5}")).isEqualTo("text must be a string");
    assertThat(refusal("{\"answers\":{}}")).isEqualTo("answers must be an array");
    assertThat(refusal("{\"answers\":[{\"submission_id\":1.5,\"q\":1}]}"))
        .isEqualTo("answers[0].submission_id must be a whole number in range");
    assertThat(refusal("{\"answers\":[{\"submission_id\":1,\"q\":3000000000}]}"))
        .isEqualTo("answers[0].q must be a whole number in range");
    assertThat(refusal("[1]")).isEqualTo("The body must be an object");
  }

  @Test
  void javaNamesBecomeSnakeCase() {
    assertThat(JsonShape.jsonName("submissionId")).isEqualTo("submission_id");
    assertThat(JsonShape.jsonName("q")).isEqualTo("q");
  }
}
