package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerKeyJsonTest {

  private static final Map<String, Integer> DEV_QUESTION_COUNTS =
      Map.of(
          "World Geography", 14, "Fractions and Decimals", 20, "Cell Biology", 13, "US History", 6);

  static List<Path> keys() {
    return QuizSheets.devKeys();
  }

  @Test
  void theDevSetHasFourKeys() {
    assertThat(keys()).hasSize(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void readsEveryDevKey(Path file) throws IOException {
    AnswerKey key;
    try (InputStream in = Files.newInputStream(file)) {
      key = AnswerKeyJson.read(in);
    }

    assertThat(key.questions()).hasSize(DEV_QUESTION_COUNTS.get(key.title()));
    assertThat(key.questions()).allSatisfy(q -> assertThat(q.prompt()).isNotBlank());
    assertThat(new KeyValidator().validate(key)).isEmpty();
    assertThat(AnswerKeyJson.parse(AnswerKeyJson.toJsonString(key))).isEqualTo(key);
  }

  @Test
  void readsTheDocumentedShape() {
    AnswerKey key =
        AnswerKeyJson.parse(
            """
            {"title": "Fractions and Decimals",
             "questions": [
              {"q": 1, "accepted": ["3/4", "0.75"], "points": 1, "type": "number", "prompt": "1/2 + 1/4"},
              {"q": 2, "accepted": ["3.14"], "points": 2.5, "type": "number", "prompt": "pi", "tolerance": 0.01},
              {"q": 8, "accepted": ["A"], "points": 1, "type": "choice", "prompt": "Which is larger?"}
             ]}
            """);

    assertThat(key)
        .isEqualTo(
            new AnswerKey(
                "Fractions and Decimals",
                List.of(
                    new KeyQuestion(
                        1, "1/2 + 1/4", List.of("3/4", "0.75"), 1.0, QuestionType.NUMBER, null),
                    new KeyQuestion(2, "pi", List.of("3.14"), 2.5, QuestionType.NUMBER, 0.01),
                    new KeyQuestion(
                        8, "Which is larger?", List.of("A"), 1.0, QuestionType.CHOICE, null))));
  }

  @Test
  void isLenientAboutWhatMeansTheSame() {
    AnswerKey key =
        AnswerKeyJson.parse(
            """
            {"title": "T", "questions": [
              {"q": 1, "accepted": [0.75, 3], "type": "NUMBER", "tolerance": null},
              {"q": 2, "accepted": [true], "type": "boolean", "prompt": null}]}
            """);

    assertThat(key.questions())
        .containsExactly(
            new KeyQuestion(1, "", List.of("0.75", "3"), 1.0, QuestionType.NUMBER, null),
            new KeyQuestion(2, "", List.of("True"), 1.0, QuestionType.BOOLEAN, null));
  }

  @Test
  void writesTheDocumentedShape() {
    AnswerKey key =
        new AnswerKey(
            "US History",
            List.of(
                new KeyQuestion(
                    1,
                    "First US president",
                    List.of("George Washington", "Washington"),
                    1,
                    QuestionType.TEXT,
                    null),
                new KeyQuestion(2, "pi", List.of("3.14"), 0.5, QuestionType.NUMBER, 0.01)));

    assertThat(AnswerKeyJson.toJsonString(key))
        .isEqualTo(
            "{\"title\":\"US History\",\"questions\":["
                + "{\"q\":1,\"prompt\":\"First US president\",\"accepted\":[\"George Washington\",\"Washington\"],\"points\":1,\"type\":\"text\"},"
                + "{\"q\":2,\"prompt\":\"pi\",\"accepted\":[\"3.14\"],\"points\":0.5,\"type\":\"number\",\"tolerance\":0.01}]}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "not json => not a JSON object",
        "[1, 2] => not a JSON object",
        "{\"title\": \"T\"} => questions must be an array",
        "{\"title\": 5, \"questions\": []} => title must be a string",
        "{\"questions\": [1]} => questions[0] must be an object",
        "{\"questions\": [{\"accepted\": [\"a\"], \"type\": \"text\"}]} => questions[0].q is required",
        "{\"questions\": [{\"q\": 1.5, \"accepted\": [\"a\"], \"type\": \"text\"}]} => questions[0].q must be a whole number",
        "{\"questions\": [{\"q\": 1, \"accepted\": \"a\", \"type\": \"text\"}]} => questions[0].accepted must be an array",
        "{\"questions\": [{\"q\": 1, \"accepted\": [null], \"type\": \"text\"}]} => questions[0].accepted[0] must be a string",
        "{\"questions\": [{\"q\": 1, \"accepted\": [\"a\"]}]} => questions[0].type is required",
        "{\"questions\": [{\"q\": 1, \"accepted\": [\"a\"], \"type\": \"essay\"}]} => questions[0].type \"essay\" is unknown",
        "{\"questions\": [{\"q\": 1, \"accepted\": [\"a\"], \"type\": \"text\", \"points\": \"1\"}]} => questions[0].points must be a number",
      })
  void explainsWhatCannotBeRead(String json, String message) {
    assertThatThrownBy(() -> AnswerKeyJson.parse(json))
        .isInstanceOf(AnswerKeyFormatException.class)
        .hasMessageContaining(message);
  }
}
