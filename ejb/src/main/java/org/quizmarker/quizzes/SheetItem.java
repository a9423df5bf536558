package org.quizmarker.quizzes;

import java.util.List;

/**
 * One item (sheet image) of a job as its page shows it: the file, its state, what was read and,
 * when the job marks against a quiz, the grade.
 *
 * @param position the place in the upload, from 1
 * @param imageAvailable whether the stored image can still be shown (the retention cleanup removes
 *     it)
 * @param submissionId the graded submission, or null when the item was not graded
 * @param answers the numbered answers; with a grade, one per question of the key
 */
public record SheetItem(
    long itemId,
    int position,
    String filename,
    String status,
    String error,
    int width,
    int height,
    long sizeBytes,
    boolean imageAvailable,
    Long submissionId,
    Double score,
    Double maxScore,
    boolean needsReview,
    String text,
    List<Answer> answers,
    String studentName,
    String studentId) {

  /** An answer as read, and its decision when graded (else {@code correct} and points are null). */
  public record Answer(
      int q,
      String text,
      Double confidence,
      Boolean correct,
      Double points,
      boolean needsReview,
      String reviewReason) {}
}
