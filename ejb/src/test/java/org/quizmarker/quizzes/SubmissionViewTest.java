package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.QuestionType;

class SubmissionViewTest {
  static final AnswerKey KEY =
      new AnswerKey(
          "Geography",
          List.of(
              KeyQuestion.of(1, QuestionType.TEXT, "Paris"),
              KeyQuestion.of(2, QuestionType.TEXT, "Rome")));
  static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
  static final SubmissionSheetRow SHEET =
      new SubmissionSheetRow(
          7,
          4,
          UUID.fromString("00000000-0000-0000-0000-000000000001"),
          9,
          1,
          "Ana",
          "S7",
          1,
          2,
          true,
          AT);

  static SubmissionAnswerRow answer(
      int q, Boolean correct, double points, boolean review, Boolean overrideCorrect) {
    return new SubmissionAnswerRow(
        7,
        q,
        "text " + q,
        80.0,
        correct,
        points,
        review,
        review ? "low_confidence" : null,
        overrideCorrect,
        null,
        overrideCorrect == null ? null : "ms.lee",
        overrideCorrect == null ? null : AT);
  }

  @Test
  void rowsShowTheDecisionInForceAsTheEntityDoes() {
    SubmissionView view =
        SubmissionView.of(
            SHEET, List.of(answer(1, true, 1, false, null), answer(2, null, 0, true, true)), KEY);
    assertThat(view.id()).isEqualTo(7);
    assertThat(view.jobId()).isEqualTo("00000000-0000-0000-0000-000000000001");
    assertThat(view.answers())
        .containsExactly(
            new SubmissionView.Answer(1, "text 1", 80.0, true, 1, 1, false, null, null, null),
            // overridden: the teacher's decision, full points, no longer waiting, no reason
            new SubmissionView.Answer(2, "text 2", 80.0, true, 1, 1, false, null, "ms.lee", AT));
  }

  @Test
  void aFlaggedAnswerWithoutOverrideWaitsWithItsReason() {
    SubmissionView view = SubmissionView.of(SHEET, List.of(answer(2, null, 0, true, null)), KEY);
    assertThat(view.answers())
        .containsExactly(
            new SubmissionView.Answer(
                2, "text 2", 80.0, null, 0, 1, true, "low_confidence", null, null));
  }
}
