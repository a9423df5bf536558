package org.quizmarker.quizzes;

import java.time.Instant;

/**
 * The columns of an answer that its view shows (not the readers' readings, which can be kilobytes
 * each), read without the entity ({@link QuizRepository#answerRows}).
 */
public record SubmissionAnswerRow(
    long submissionId,
    int q,
    String textRead,
    Double confidence,
    Boolean correct,
    double points,
    boolean needsReview,
    String reviewReason,
    Boolean overrideCorrect,
    Double overridePoints,
    String overrideBy,
    Instant overrideAt) {

  public boolean isOverridden() {
    return overrideBy != null;
  }

  public static SubmissionAnswerRow of(long submissionId, SubmissionAnswer a) {
    return new SubmissionAnswerRow(
        submissionId,
        a.getQ(),
        a.getTextRead(),
        a.getConfidence(),
        a.getCorrect(),
        a.getPoints(),
        a.isNeedsReview(),
        a.getReviewReason(),
        a.getOverrideCorrect(),
        a.getOverridePoints(),
        a.getOverrideBy(),
        a.getOverrideAt());
  }
}
