package org.quizmarker.quizzes;

import java.time.Instant;
import java.util.List;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ReaderText;

/**
 * One graded sheet for review: the submission as {@link SubmissionView} shows it, each answer also
 * with its place on the sheet, the key's accepted answers, every reader's reading and its crop.
 */
public record SubmissionDetail(
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
    String sheetUrl,
    List<Answer> answers) {

  /**
   * An answer of {@link SubmissionView.Answer} and its review context.
   *
   * @param correctedText the teacher's corrected reading, or null
   * @param box where the answer is on the stored image, or null when unknown
   */
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
      Instant overriddenAt,
      String correctedText,
      Box box,
      List<String> accepted,
      List<ReaderText> readings,
      String cropUrl) {}
}
