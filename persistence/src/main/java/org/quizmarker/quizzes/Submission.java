package org.quizmarker.quizzes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One student's sheet graded against one version of a quiz's key. Its queries fetch the answers
 * with it: reads run without a transaction, where a lazy collection could not be loaded later.
 */
@Entity
@Table(name = "submission")
@NamedQuery(
    name = "Submission.forQuiz",
    query =
        "select distinct s from Submission s left join fetch s.answers"
            + " where s.quizId = :quiz order by s.id")
@NamedQuery(
    name = "Submission.forJob",
    query =
        "select distinct s from Submission s left join fetch s.answers"
            + " where s.quizId = :quiz and s.jobId = :job order by s.id")
@NamedQuery(
    name = "Submission.forImage",
    query =
        "select distinct s from Submission s left join fetch s.answers"
            + " where s.quizId = :quiz and s.imageId = :image")
@NamedQuery(
    name = "Submission.countForQuiz",
    query = "select count(*) from Submission s where s.quizId = :quiz")
@NamedQuery(
    name = "Submission.scoreCountsForQuiz",
    query = "select s.score, count(*) from Submission s where s.quizId = :quiz group by s.score")
@NamedQuery(
    name = "Submission.jobsOfQuiz",
    query =
        "select s.jobId, count(*) from Submission s where s.quizId = :quiz"
            + " group by s.jobId order by min(s.gradedAt), s.jobId")
// A page of a quiz's sheets as rows, no entities (issue 10): SubmissionSheetRow's columns, then
// SubmissionAnswerRow's (without the readings), in the order the views list them.
@NamedQuery(
    name = "Submission.rowsWithIds",
    query =
        "select new org.quizmarker.quizzes.SubmissionSheetRow(s.id, s.quizId, s.jobId, s.imageId,"
            + " s.keyVersion, s.studentName, s.studentId, s.score, s.maxScore, s.needsReview,"
            + " s.gradedAt) from Submission s where s.id in :ids")
@NamedQuery(
    name = "Submission.answerRowsWithIds",
    query =
        "select new org.quizmarker.quizzes.SubmissionAnswerRow(a.submission.id, a.q, a.textRead,"
            + " a.confidence, a.correct, a.points, a.needsReview, a.reviewReason, a.overrideCorrect,"
            + " a.overridePoints, a.overrideBy, a.overrideAt)"
            + " from SubmissionAnswer a where a.submission.id in :ids order by a.submission.id, a.q")
@NamedQuery(
    name = "Submission.withIds",
    query = "select distinct s from Submission s left join fetch s.answers where s.id in :ids")
public class Submission {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quiz_id", nullable = false)
  private long quizId;

  @Column(name = "image_id", nullable = false)
  private long imageId;

  @Column(name = "job_id", nullable = false)
  private UUID jobId;

  @Column(name = "key_version", nullable = false)
  private int keyVersion;

  @Column(name = "student_name", length = 200)
  private String studentName;

  @Column(name = "student_id", length = 64)
  private String studentId;

  @Column(nullable = false)
  private double score;

  @Column(name = "max_score", nullable = false)
  private double maxScore;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "graded_at", nullable = false)
  private Instant gradedAt;

  @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("q")
  private List<SubmissionAnswer> answers = new ArrayList<>();

  protected Submission() {}

  public Submission(long quizId, long imageId, UUID jobId) {
    this.quizId = quizId;
    this.imageId = imageId;
    this.jobId = jobId;
  }

  public void graded(
      int keyVersion,
      String studentName,
      String studentId,
      double score,
      double maxScore,
      boolean needsReview,
      Instant now) {
    this.keyVersion = keyVersion;
    this.studentName = truncate(studentName, 200);
    this.studentId = truncate(studentId, 64);
    this.score = score;
    this.maxScore = maxScore;
    this.needsReview = needsReview;
    this.gradedAt = now;
  }

  public void rescored(double score, boolean needsReview) {
    this.score = score;
    this.needsReview = needsReview;
  }

  public Optional<SubmissionAnswer> answer(int q) {
    return answers.stream().filter(a -> a.getQ() == q).findFirst();
  }

  public SubmissionAnswer answerFor(int q) {
    return answer(q)
        .orElseGet(
            () -> {
              SubmissionAnswer a = new SubmissionAnswer(this, q);
              answers.add(a);
              return a;
            });
  }

  /** Drops answers to questions the current key no longer has. */
  public void retainQuestions(java.util.Set<Integer> questions) {
    answers.removeIf(a -> !questions.contains(a.getQ()));
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getQuizId() {
    return quizId;
  }

  public long getImageId() {
    return imageId;
  }

  public UUID getJobId() {
    return jobId;
  }

  public int getKeyVersion() {
    return keyVersion;
  }

  public String getStudentName() {
    return studentName;
  }

  public String getStudentId() {
    return studentId;
  }

  public double getScore() {
    return score;
  }

  public double getMaxScore() {
    return maxScore;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public List<SubmissionAnswer> getAnswers() {
    return answers;
  }
}
