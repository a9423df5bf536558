package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradingJsonTest {

  @Test
  void writesTheDesignShapes() {
    AnswerKey key =
        new AnswerKey(
            "Geo",
            List.of(
                KeyQuestion.of(1, QuestionType.TEXT, "Paris"),
                KeyQuestion.of(2, QuestionType.TEXT, "Nile")));
    ParsedAnswer paris = new ParsedAnswer(1, "Paris", 91.2, 0, null);

    GradedSheet sheet = new Grader().grade(key, List.of(paris));

    assertThat(GradingJson.answer(paris).toString())
        .isEqualTo("{\"q\":1,\"text\":\"Paris\",\"confidence\":91.2}");
    assertThat(GradingJson.grade(sheet).toString())
        .isEqualTo(
            "{\"score\":1,\"max_score\":2,\"needs_review\":true,\"answers\":["
                + "{\"q\":1,\"text\":\"Paris\",\"confidence\":91.2,\"correct\":true,\"points\":1,\"needs_review\":false},"
                + "{\"q\":2,\"text\":null,\"confidence\":null,\"correct\":null,\"points\":0,\"needs_review\":true,\"reason\":\"not_found\"}]}");
    assertThat(GradingJson.decision(sheet.answers().get(1).withOverride(false, null)).toString())
        .isEqualTo(
            "{\"q\":2,\"text\":null,\"confidence\":null,\"correct\":false,\"points\":0,\"needs_review\":false,\"overridden\":true}");
  }
}
