package org.quizmarker.quizzes;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission's own columns, read without its entity or answers (a page of the quiz's sheets:
 * {@link QuizRepository#sheetRows}); the view is built from this and {@link SubmissionAnswerRow}s.
 */
public record SubmissionSheetRow(
    long id,
    long quizId,
    UUID jobId,
    long imageId,
    int keyVersion,
    String studentName,
    String studentId,
    double score,
    double maxScore,
    boolean needsReview,
    Instant gradedAt) {

  public static SubmissionSheetRow of(Submission s) {
    return new SubmissionSheetRow(
        s.getId(),
        s.getQuizId(),
        s.getJobId(),
        s.getImageId(),
        s.getKeyVersion(),
        s.getStudentName(),
        s.getStudentId(),
        s.getScore(),
        s.getMaxScore(),
        s.isNeedsReview(),
        s.getGradedAt());
  }
}
