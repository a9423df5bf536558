package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizmarker.quizzes.SubmissionFigures.AnswerTally;
import org.quizmarker.quizzes.SubmissionFigures.WrongText;

class QuestionStatsTest {

  @Test
  void sharesComeFromTheDatabasesCounts() {
    // 4 sheets: 1 right, 2 wrong, 1 waiting for review (answered, not decided).
    QuestionStats.Question q1 =
        QuestionStats.fromTallies(
                List.of(1),
                List.of(new AnswerTally(1, 4, 1, 3, 1)),
                List.of(new WrongText(1, "Rome", 1), new WrongText(1, "rome.", 1)),
                4)
            .get(0);
    assertThat(q1.answered()).isEqualTo(4);
    assertThat(q1.decided()).isEqualTo(3);
    assertThat(q1.correct()).isEqualTo(1);
    assertThat(q1.needsReview()).isEqualTo(1);
    assertThat(q1.shareCorrect()).isEqualTo(0.333);
    assertThat(q1.shareRight()).isEqualTo(0.25);
  }

  @Test
  void wrongTextsMergeAsTheGraderComparesThemMostCommonFirstAtMostThree() {
    List<WrongText> wrong =
        List.of(
            new WrongText(1, "Rome", 2),
            new WrongText(1, "rome.", 1),
            new WrongText(1, "  ROME ", 1),
            new WrongText(1, "Lyon", 3),
            new WrongText(1, "Nice", 1),
            new WrongText(1, "Brest", 1),
            new WrongText(2, "Rome", 9));
    List<Map.Entry<String, Integer>> common =
        QuestionStats.fromTallies(List.of(1), List.of(new AnswerTally(1, 9, 0, 9, 0)), wrong, 9)
            .get(0)
            .commonWrongAnswers();
    assertThat(common)
        .containsExactly(Map.entry("rome", 4), Map.entry("lyon", 3), Map.entry("brest", 1));
  }

  @Test
  void aKeyQuestionWithoutAnswersShowsZerosAndAnAnswerOutsideTheKeyIsLeftOut() {
    List<QuestionStats.Question> stats =
        QuestionStats.fromTallies(
            List.of(1, 2), List.of(new AnswerTally(3, 5, 0, 5, 5)), List.of(), 5);
    assertThat(stats).extracting(QuestionStats.Question::q).containsExactly(1, 2);
    assertThat(stats.get(1).answered()).isZero();
    assertThat(stats.get(1).shareCorrect()).isNull();
    assertThat(stats.get(1).shareRight()).isZero();
  }

  @Test
  void withoutSubmissionsEveryShareIsZero() {
    assertThat(QuestionStats.fromTallies(List.of(1), List.of(), List.of(), 0).get(0).shareRight())
        .isZero();
  }
}
