package org.quizmarker.quizzes;

import java.time.Instant;
import java.util.List;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.KeyQuestion;

/** A graded sheet as the API shows it; each answer shows the effective decision. */
public record SubmissionView(
    long id,
    long quizId,
    String jobId,
    long imageId,
    int keyVersion,
    String studentName,
    String studentId,
    double score,
    double maxScore,
    boolean needsReview,
    Instant gradedAt,
    List<Answer> answers) {

  /** One answer: what was read, the decision in force, and who overrode it if anyone did. */
  public record Answer(
      int q,
      String text,
      Double confidence,
      Boolean correct,
      double points,
      double maxPoints,
      boolean needsReview,
      String reviewReason,
      String overriddenBy,
      Instant overriddenAt) {}

  public static SubmissionView of(Submission s, AnswerKey key) {
    List<Answer> answers =
        s.getAnswers().stream()
            .map(
                a -> {
                  double max = key.question(a.getQ()).map(KeyQuestion::points).orElse(0.0);
                  boolean over = a.isOverridden();
                  Boolean correct = over ? a.getOverrideCorrect() : a.getCorrect();
                  double points =
                      over
                          ? (a.getOverridePoints() != null
                              ? a.getOverridePoints()
                              : Boolean.TRUE.equals(a.getOverrideCorrect()) ? max : 0)
                          : a.getPoints();
                  return new Answer(
                      a.getQ(),
                      a.getTextRead(),
                      a.getConfidence(),
                      correct,
                      points,
                      max,
                      !over && a.isNeedsReview(),
                      over ? null : a.getReviewReason(),
                      a.getOverrideBy(),
                      a.getOverrideAt());
                })
            .toList();
    return new SubmissionView(
        s.getId(),
        s.getQuizId(),
        s.getJobId().toString(),
        s.getImageId(),
        s.getKeyVersion(),
        s.getStudentName(),
        s.getStudentId(),
        s.getScore(),
        s.getMaxScore(),
        s.isNeedsReview(),
        s.getGradedAt(),
        answers);
  }
}
