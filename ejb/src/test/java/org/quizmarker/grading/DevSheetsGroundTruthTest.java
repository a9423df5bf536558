package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A perfect reading of every dev sheet (its written lines, confidence 100) must parse to the ground
 * truth and grade to the truth's {@code correct}, with nothing left to review.
 */
class DevSheetsGroundTruthTest {

  private final AnswerParser parser = new AnswerParser();
  private final Grader grader = new Grader();

  static List<Path> sheets() {
    return QuizSheets.devSheets();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void perfectReadingParsesToTheTruth(Path sheetFile) {
    JsonObject truth = QuizSheets.readJson(sheetFile);
    ParsedSheet parsed = parser.parse(perfectOcrText(truth));

    // quiz_title names the quiz even when the sheet has no "Quiz:" line to read it from.
    boolean hasQuizLine =
        truth.getJsonArray("lines").stream()
            .anyMatch(l -> "quiz".equals(l.asJsonObject().getString("kind")));
    assertThat(parsed.quizTitle()).isEqualTo(hasQuizLine ? string(truth, "quiz_title") : null);
    assertThat(parsed.studentName()).isEqualTo(string(truth, "student_name"));
    assertThat(parsed.studentId()).isEqualTo(string(truth, "student_id"));
    List<JsonObject> answers = truthAnswers(truth);
    assertThat(parsed.questionCount()).isEqualTo(answers.size());
    assertThat(parsed.answers())
        .extracting(ParsedAnswer::q, ParsedAnswer::text)
        .containsExactlyElementsOf(
            answers.stream()
                .map(a -> org.assertj.core.groups.Tuple.tuple(a.getInt("q"), a.getString("text")))
                .toList());
    assertThat(parsed.unparsedLines()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void perfectReadingGradesToTheTruth(Path sheetFile) {
    JsonObject truth = QuizSheets.readJson(sheetFile);
    GradedSheet graded = grade(truth);

    List<JsonObject> answers = truthAnswers(truth);
    for (JsonObject answer : answers) {
      AnswerDecision decision = graded.answer(answer.getInt("q")).orElseThrow();
      assertThat(decision.correct())
          .as("q%d \"%s\"", answer.getInt("q"), answer.getString("text"))
          .isEqualTo(answer.getBoolean("correct"));
      assertThat(decision.needsReview()).as("q%d needs review", answer.getInt("q")).isFalse();
    }
    assertThat(graded.needsReview()).isFalse();
    assertThat(graded.score())
        .isEqualTo(answers.stream().filter(a -> a.getBoolean("correct")).count());
  }

  @Test
  void devSetTotalsMatchTheReadme() {
    int total = 0;
    int correct = 0;
    for (Path sheetFile : sheets()) {
      JsonObject truth = QuizSheets.readJson(sheetFile);
      GradedSheet graded = grade(truth);
      total += graded.answers().size();
      correct +=
          (int) graded.answers().stream().filter(d -> Boolean.TRUE.equals(d.correct())).count();
    }
    assertThat(sheets()).hasSize(40);
    assertThat(total).isEqualTo(530);
    assertThat(correct).isEqualTo(334);
  }

  private GradedSheet grade(JsonObject truth) {
    AnswerKey key =
        AnswerKeyJson.fromJson(
            QuizSheets.readJson(QuizSheets.dev().resolve(truth.getString("key"))));
    return grader.grade(key, parser.parse(perfectOcrText(truth)));
  }

  private static String perfectOcrText(JsonObject truth) {
    return truth.getJsonArray("lines").stream()
        .map(l -> l.asJsonObject().getString("text"))
        .collect(Collectors.joining("\n"));
  }

  private static List<JsonObject> truthAnswers(JsonObject truth) {
    return truth.getJsonArray("answers").stream().map(JsonValue::asJsonObject).toList();
  }

  private static String string(JsonObject o, String field) {
    JsonValue value = o.get(field);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
