package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ResultAssemblerTest {

  @Test
  void theJobResultLeavesTheStoredLatticesOut() {
    JsonArray answers =
        Json.createReader(
                new StringReader(
                    "[{\"q\":1,\"text\":\"Paris\",\"readings\":[{\"engine\":\"ppocr-v4\","
                        + "\"text\":\"Paris\",\"confidence\":90,\"lattice\":\"AQY\"}]},"
                        + "{\"q\":2,\"text\":\"7\"}]"))
            .readArray();
    JsonArray shown = ResultAssembler.withoutLattices(answers);
    assertThat(shown.toString()).doesNotContain("lattice").contains("\"engine\":\"ppocr-v4\"");
    assertThat(shown.getJsonObject(1)).isEqualTo(answers.getJsonObject(1));
  }
}
