package org.quizmarker.web.quizzes;

import java.util.List;
import org.quizmarker.quizzes.SubmissionView;
import org.quizmarker.web.api.Times;

/** A graded sheet as the API shows it. */
public record SubmissionJson(
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
    String gradedAt,
    List<Answer> answers) {

  /** One answer with the decision in force. */
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
      String overriddenAt) {}

  public static SubmissionJson of(SubmissionView s) {
    return new SubmissionJson(
        s.id(),
        s.quizId(),
        s.jobId(),
        s.imageId(),
        s.keyVersion(),
        s.studentName(),
        s.studentId(),
        s.score(),
        s.maxScore(),
        s.needsReview(),
        Times.iso(s.gradedAt()),
        s.answers().stream()
            .map(
                a ->
                    new Answer(
                        a.q(),
                        a.text(),
                        a.confidence(),
                        a.correct(),
                        a.points(),
                        a.maxPoints(),
                        a.needsReview(),
                        a.reviewReason(),
                        a.overriddenBy(),
                        Times.iso(a.overriddenAt())))
            .toList());
  }
}
