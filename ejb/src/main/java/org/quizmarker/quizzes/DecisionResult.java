package org.quizmarker.quizzes;

import java.util.List;

/**
 * What a grouped decision changed: how many answers it decided, how many still wait in the quiz,
 * and the new totals of each submission it touched.
 */
public record DecisionResult(int decided, long remaining, List<Score> submissions) {

  /** A submission's totals after the decision. */
  public record Score(long submissionId, double score, double maxScore, boolean needsReview) {}
}
