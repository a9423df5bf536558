package org.quizmarker.quizzes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer of a submission: what was read, the automatic decision (or the reason it needs a
 * teacher), and the teacher's override, which wins and survives regrading.
 */
@Entity
@Table(name = "submission_answer")
@NamedQuery(
    name = "SubmissionAnswer.awaitingReviewInQuiz",
    query =
        "select count(a) from SubmissionAnswer a where a.submission.quizId = :quiz"
            + " and a.needsReview = true and a.overrideBy is null")
// The decision in force, as SubmissionView shows it: a teacher's override wins, and an overridden
// answer no longer waits for review.
// One pass over a quiz's answers for its figures (SubmissionFigures.AnswerGroup): per question and
// wrong reading (null for an answer that is not wrong), the tallies of the decision in force.
@NamedQuery(
    name = "SubmissionAnswer.figuresForQuiz",
    query =
        "select a.q, case when a.textRead is not null and "
            + SubmissionAnswer.WRONG
            + " then a.textRead end,"
            + " count(a.textRead),"
            + " sum(case when a.needsReview = true and a.overrideBy is null then 1 else 0 end),"
            + " sum(case when "
            + SubmissionAnswer.DECIDED
            + " then 1 else 0 end),"
            + " sum(case when "
            + SubmissionAnswer.RIGHT
            + " then 1 else 0 end),"
            + " count(*)"
            + " from SubmissionAnswer a where a.submission.quizId = :quiz"
            + " group by a.q, case when a.textRead is not null and "
            + SubmissionAnswer.WRONG
            + " then a.textRead end")
public class SubmissionAnswer {
  /** Not waiting for review, and a decision (automatic or the teacher's) is there. */
  static final String DECIDED =
      "((a.overrideBy is not null and a.overrideCorrect is not null)"
          + " or (a.overrideBy is null and a.needsReview = false and a.correct is not null))";

  static final String RIGHT =
      "((a.overrideBy is not null and a.overrideCorrect = true)"
          + " or (a.overrideBy is null and a.needsReview = false and a.correct = true))";

  static final String WRONG =
      "((a.overrideBy is not null and a.overrideCorrect = false)"
          + " or (a.overrideBy is null and a.needsReview = false and a.correct = false))";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "submission_id", nullable = false)
  private Submission submission;

  @Column(nullable = false)
  private int q;

  @Column(name = "text_read", length = 2000)
  private String textRead;

  private Double confidence;

  /** The automatic decision; null when it was left to a teacher. */
  private Boolean correct;

  @Column(nullable = false)
  private double points;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "review_reason", length = 32)
  private String reviewReason;

  /** Every reader's reading as JSON ({@code [{"engine","text","confidence"}]}), or null. */
  @Column(name = "readings", length = 8000)
  private String readings;

  @Column(name = "override_correct")
  private Boolean overrideCorrect;

  @Column(name = "override_points")
  private Double overridePoints;

  @Column(name = "override_by", length = 64)
  private String overrideBy;

  @Column(name = "override_at")
  private Instant overrideAt;

  /** The teacher's corrected reading, or null when the teacher kept what was read. */
  @Column(name = "override_text", length = 2000)
  private String overrideText;

  protected SubmissionAnswer() {}

  SubmissionAnswer(Submission submission, int q) {
    this.submission = submission;
    this.q = q;
  }

  public void decided(
      String text,
      Double confidence,
      Boolean correct,
      double points,
      boolean needsReview,
      String reviewReason) {
    this.textRead = text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    this.confidence = confidence;
    this.correct = correct;
    this.points = points;
    this.needsReview = needsReview;
    this.reviewReason = reviewReason;
  }

  /** Keeps every reader's reading (JSON written by the grading layer); null for none. */
  public void readBy(String readingsJson) {
    this.readings = readingsJson == null || readingsJson.length() <= 8000 ? readingsJson : null;
  }

  public String getReadings() {
    return readings;
  }

  public void override(Boolean correct, Double points, String by, Instant at) {
    override(correct, points, null, by, at);
  }

  /** A teacher's decision, with the corrected reading it was graded from (or null). */
  public void override(Boolean correct, Double points, String text, String by, Instant at) {
    this.overrideCorrect = correct;
    this.overridePoints = points;
    this.overrideText = text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    this.overrideBy = by;
    this.overrideAt = at;
  }

  /** Undoes the teacher's decision: the automatic one counts again. */
  public void clearOverride() {
    override(null, null, null, null, null);
  }

  public boolean isOverridden() {
    return overrideBy != null;
  }

  public int getQ() {
    return q;
  }

  public String getTextRead() {
    return textRead;
  }

  public Double getConfidence() {
    return confidence;
  }

  public Boolean getCorrect() {
    return correct;
  }

  public double getPoints() {
    return points;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public Boolean getOverrideCorrect() {
    return overrideCorrect;
  }

  public Double getOverridePoints() {
    return overridePoints;
  }

  public String getOverrideBy() {
    return overrideBy;
  }

  public Instant getOverrideAt() {
    return overrideAt;
  }

  public String getOverrideText() {
    return overrideText;
  }

  public Submission getSubmission() {
    return submission;
  }
}
