package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.QuestionType;

class ReviewGroupingTest {
  static final AnswerKey KEY =
      new AnswerKey(
          "Geography",
          List.of(
              KeyQuestion.of(2, QuestionType.NUMBER, "0.75"),
              KeyQuestion.of(3, QuestionType.TEXT, "Paris")));

  static ReviewQueue.Item item(long submission, int q, String text, String reason) {
    return new ReviewQueue.Item(
        submission, q, text, 50.0, reason, "S" + submission, List.of(), "c", "s", true);
  }

  @Test
  void textsThatDifferOnlyInCaseSpacesAndTrailingPunctuationAreOneGroup() {
    assertThat(ReviewGrouping.normalise("  Paris. ")).isEqualTo(ReviewGrouping.normalise("paris"));
    assertThat(ReviewGrouping.normalise("New   York!")).isEqualTo("new york");
    assertThat(ReviewGrouping.normalise("Paris")).isNotEqualTo(ReviewGrouping.normalise("Pariss"));
    assertThat(ReviewGrouping.normalise(null)).isEmpty();
  }

  @Test
  void numbersAreGroupedByValue() {
    assertThat(ReviewGrouping.normalise("3/4"))
        .isEqualTo(ReviewGrouping.normalise("0.75"))
        .isEqualTo(ReviewGrouping.normalise(".75"))
        .isEqualTo(ReviewGrouping.normalise("6/8"));
    assertThat(ReviewGrouping.normalise("0.7")).isNotEqualTo(ReviewGrouping.normalise("0.75"));
  }

  @Test
  void groupsAreOrderedByQuestionThenLargestFirstAndCarryTheKeysAnswers() {
    List<ReviewQueue.Group> groups =
        ReviewGrouping.group(
            List.of(
                item(1, 3, "Lyon", "near_miss"),
                item(2, 3, "Paris", "low_confidence"),
                item(3, 3, "paris.", "near_miss"),
                item(4, 2, "3/4", "low_confidence"),
                item(5, 3, "PARIS", "near_miss"),
                item(6, 2, "0.75", "low_confidence"),
                item(7, 3, null, "not_found")),
            KEY);

    assertThat(groups).extracting(ReviewQueue.Group::q).containsExactly(2, 3, 3, 3);
    assertThat(groups.get(0).count()).isEqualTo(2);
    assertThat(groups.get(0).accepted()).containsExactly("0.75");
    ReviewQueue.Group paris = groups.get(1);
    assertThat(paris.key()).isEqualTo("3|paris");
    assertThat(paris.count()).isEqualTo(3);
    assertThat(paris.answers())
        .extracting(ReviewQueue.Item::submissionId)
        .containsExactly(2L, 3L, 5L);
    assertThat(paris.reason()).isEqualTo("near_miss"); // the most common
    assertThat(paris.text()).isEqualTo("Paris"); // all differ: the first
    assertThat(paris.points()).isEqualTo(1.0);
    assertThat(groups.get(2).count()).isEqualTo(1);
    assertThat(groups.get(3).count()).isEqualTo(1);
    assertThat(List.of(groups.get(2).key(), groups.get(3).key())).containsExactly("3|", "3|lyon");
  }

  @Test
  void nothingToReviewGivesNoGroups() {
    assertThat(ReviewGrouping.group(List.of(), KEY)).isEmpty();
  }
}
