package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsCsvTest {

  static SubmissionView.Answer answer(
      int q, String text, Boolean correct, double points, boolean review) {
    return new SubmissionView.Answer(
        q, text, 90.0, correct, points, 1, review, review ? "near_miss" : null, null, null);
  }

  static SubmissionView submission(
      long id, String name, double score, List<SubmissionView.Answer> answers) {
    return new SubmissionView(
        id,
        1,
        "job",
        10 + id,
        1,
        name,
        "123",
        score,
        2,
        answers.stream().anyMatch(SubmissionView.Answer::needsReview),
        Instant.EPOCH,
        answers);
  }

  @Test
  void oneRowPerSubmissionAndOneColumnPerQuestion() {
    String csv =
        ResultsCsv.write(
            List.of(1, 2),
            List.of(
                submission(
                    1,
                    "Ana Lima",
                    1.5,
                    List.of(
                        answer(1, "Paris", true, 1, false), answer(2, "Pads", false, 0.5, true))),
                submission(
                    2, "=HYPERLINK(\"x\")", 0, List.of(answer(1, "Rome", false, 0, false)))));
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "submission_id,student_name,student_id,score,max_score,needs_review,q1,q2,review_questions",
            "1,Ana Lima,123,1.50,2,true,1,0.50,2",
            "2,\"'=HYPERLINK(\"\"x\"\")\",123,0,2,false,0,,");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "plain|plain",
        "a,b|\"a,b\"",
        "+1|'+1",
        "-2|'-2",
        "@x|'@x",
        "say \"hi\"|\"say \"\"hi\"\"\""
      })
  void cellsAreEscaped(String value, String expected) {
    assertThat(ResultsCsv.cell(value)).isEqualTo(expected);
  }
}
