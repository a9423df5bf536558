package org.quizmarker.quizzes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a quiz's submissions can be listed in, by their wire names. Ties go by id, so pages
 * never overlap or skip a row.
 */
public enum SubmissionOrder {
  ID("id", "s.id"),
  // Missing names sort as empty, first ascending, in every database (the results page did so).
  STUDENT_NAME("student_name", "lower(coalesce(s.studentName, ''))"),
  STUDENT_ID("student_id", "lower(coalesce(s.studentId, ''))"),
  // The share of the sheet's own maximum: sheets graded against different key versions compare.
  SCORE("score", "case when s.maxScore > 0 then s.score / s.maxScore else 0 end"),
  REVIEW(
      "review",
      "(select count(*) from SubmissionAnswer a where a.submission = s"
          + " and a.needsReview = true and a.overrideBy is null)"),
  GRADED_AT("graded_at", "s.gradedAt");

  private final String wire;
  private final String jpql;

  SubmissionOrder(String wire, String jpql) {
    this.wire = wire;
    this.jpql = jpql;
  }

  public String wire() {
    return wire;
  }

  /** The JPQL expression sorted on, over {@code Submission s}. */
  String jpql() {
    return jpql;
  }

  public static Optional<SubmissionOrder> fromWire(String name) {
    return Arrays.stream(values()).filter(o -> o.wire.equals(name)).findFirst();
  }
}
