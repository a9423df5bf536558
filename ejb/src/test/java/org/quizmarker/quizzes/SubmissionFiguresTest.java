package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.quizzes.SubmissionFigures.AnswerGroup;
import org.quizmarker.quizzes.SubmissionFigures.AnswerTally;
import org.quizmarker.quizzes.SubmissionFigures.ScoreCount;
import org.quizmarker.quizzes.SubmissionFigures.ScoreSummary;
import org.quizmarker.quizzes.SubmissionFigures.WrongText;

class SubmissionFiguresTest {

  @Test
  void theGroupsOfAQuestionAddUpToItsTallyAndTheWrongTextsKeepTheirCounts() {
    SubmissionFigures.AnswerFigures figures =
        SubmissionFigures.fold(
            List.of(
                new AnswerGroup(2, null, 5, 1, 4, 4, 6),
                new AnswerGroup(1, null, 7, 2, 5, 5, 7),
                new AnswerGroup(1, "rome", 3, 0, 3, 0, 3),
                new AnswerGroup(1, "berlin", 1, 0, 1, 0, 1)));
    assertThat(figures.tallies())
        .containsExactly(new AnswerTally(1, 11, 2, 9, 5), new AnswerTally(2, 5, 1, 4, 4));
    assertThat(figures.wrongTexts())
        .containsExactlyInAnyOrder(new WrongText(1, "rome", 3), new WrongText(1, "berlin", 1));
    assertThat(figures.awaitingReview()).isEqualTo(3);
  }

  @Test
  void noAnswersNoFigures() {
    SubmissionFigures.AnswerFigures figures = SubmissionFigures.fold(List.of());
    assertThat(figures.tallies()).isEmpty();
    assertThat(figures.wrongTexts()).isEmpty();
    assertThat(figures.awaitingReview()).isZero();
  }

  @Test
  void theSummaryIsTheCountAndMeanOfTheScoresByValue() {
    assertThat(
            ScoreSummary.of(
                List.of(new ScoreCount(10, 2), new ScoreCount(4, 1), new ScoreCount(0.5, 1))))
        .isEqualTo(new ScoreSummary(4, 24.5 / 4));
    assertThat(ScoreSummary.of(List.of())).isEqualTo(new ScoreSummary(0, null));
  }
}
