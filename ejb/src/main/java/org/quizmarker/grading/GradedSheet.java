package org.quizmarker.grading;

import java.util.List;
import java.util.Optional;

/**
 * A sheet graded against a key.
 *
 * @param answers one decision per question of the key, ordered by question number
 * @param score the sum of the points awarded
 * @param maxScore the sum of the key's points
 * @param needsReview whether any answer needs a teacher's review, which makes {@code score}
 *     provisional
 */
public record GradedSheet(
    List<AnswerDecision> answers, double score, double maxScore, boolean needsReview) {

  public GradedSheet {
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /** The decision for question {@code q}, if the key has that question. */
  public Optional<AnswerDecision> answer(int q) {
    return answers.stream().filter(a -> a.q() == q).findFirst();
  }

  /** The number of answers that need a review. */
  public long reviewCount() {
    return answers.stream().filter(AnswerDecision::needsReview).count();
  }
}
