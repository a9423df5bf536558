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
    long id = s.getId();
    return of(
        SubmissionSheetRow.of(s),
        s.getAnswers().stream().map(a -> SubmissionAnswerRow.of(id, a)).toList(),
        key);
  }

  /** The view of a submission read as rows (its answers in the order to show them). */
  public static SubmissionView of(
      SubmissionSheetRow s, List<SubmissionAnswerRow> rows, AnswerKey key) {
    List<Answer> answers =
        rows.stream()
            .map(
                a -> {
                  double max = key.question(a.q()).map(KeyQuestion::points).orElse(0.0);
                  boolean over = a.isOverridden();
                  Boolean correct = over ? a.overrideCorrect() : a.correct();
                  double points =
                      over
                          ? (a.overridePoints() != null
                              ? a.overridePoints()
                              : Boolean.TRUE.equals(a.overrideCorrect()) ? max : 0)
                          : a.points();
                  return new Answer(
                      a.q(),
                      a.textRead(),
                      a.confidence(),
                      correct,
                      points,
                      max,
                      !over && a.needsReview(),
                      over ? null : a.reviewReason(),
                      a.overrideBy(),
                      a.overrideAt());
                })
            .toList();
    return new SubmissionView(
        s.id(),
        s.quizId(),
        s.jobId().toString(),
        s.imageId(),
        s.keyVersion(),
        s.studentName(),
        s.studentId(),
        s.score(),
        s.maxScore(),
        s.needsReview(),
        s.gradedAt(),
        answers);
  }
}
