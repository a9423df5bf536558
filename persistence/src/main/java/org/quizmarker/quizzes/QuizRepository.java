package org.quizmarker.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quizzes, key versions and submissions. Callers hold the transaction. */
@ApplicationScoped
public class QuizRepository {

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  public void add(Quiz quiz, String keyJson) {
    em.persist(quiz);
    em.flush();
    em.persist(
        new QuizKeyVersion(quiz.getId(), quiz.getCurrentVersion(), keyJson, quiz.getCreatedAt()));
  }

  public void addVersion(Quiz quiz, String keyJson) {
    em.persist(
        new QuizKeyVersion(quiz.getId(), quiz.getCurrentVersion(), keyJson, quiz.getUpdatedAt()));
  }

  public Optional<Quiz> find(long id) {
    return Optional.ofNullable(em.find(Quiz.class, id));
  }

  public Optional<Quiz> findForOwner(long id, long ownerId) {
    return find(id).filter(q -> q.getOwnerId() == ownerId);
  }

  public List<Quiz> forOwner(long ownerId) {
    return em.createNamedQuery("Quiz.forOwner", Quiz.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  public String keyJson(long quizId, int version) {
    QuizKeyVersion v = em.find(QuizKeyVersion.class, new QuizKeyVersion.Id(quizId, version));
    return v == null ? null : v.getKeyJson();
  }

  public void remove(Quiz quiz) {
    em.remove(quiz);
  }

  public List<Submission> submissions(long quizId) {
    return em.createNamedQuery("Submission.forQuiz", Submission.class)
        .setParameter("quiz", quizId)
        .getResultList();
  }

  public long countSubmissions(long quizId) {
    return em.createNamedQuery("Submission.countForQuiz", Long.class)
        .setParameter("quiz", quizId)
        .getSingleResult();
  }

  /**
   * The ids of one page of a quiz's submissions in this order (ties by id). The query is built from
   * the enum's fixed expressions because a named query cannot take its order as a parameter.
   */
  public List<Long> submissionIdsPage(
      long quizId, SubmissionOrder order, boolean descending, int offset, int limit) {
    String dir = descending ? " desc" : " asc";
    return em.createQuery(
            "select s.id from Submission s where s.quizId = :quiz order by "
                + order.jpql()
                + dir
                + ", s.id"
                + dir,
            Long.class)
        .setParameter("quiz", quizId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<SubmissionFigures.ScoreCount> scoreCounts(long quizId) {
    return rows("Submission.scoreCountsForQuiz", quizId).stream()
        .map(r -> new SubmissionFigures.ScoreCount(((Number) r[0]).doubleValue(), number(r[1])))
        .toList();
  }

  /** Oldest first. */
  public List<SubmissionFigures.JobCount> jobsOfQuiz(long quizId) {
    return rows("Submission.jobsOfQuiz", quizId).stream()
        .map(r -> new SubmissionFigures.JobCount((UUID) r[0], number(r[1])))
        .toList();
  }

  /**
   * The quiz's answers in one grouped pass: tallies per question, the wrong texts and the answers
   * waiting for review ({@link SubmissionFigures#fold}).
   */
  public SubmissionFigures.AnswerFigures answerFigures(long quizId) {
    return SubmissionFigures.fold(
        rows("SubmissionAnswer.figuresForQuiz", quizId).stream()
            .map(
                r ->
                    new SubmissionFigures.AnswerGroup(
                        (int) number(r[0]),
                        (String) r[1],
                        number(r[2]),
                        number(r[3]),
                        number(r[4]),
                        number(r[5]),
                        number(r[6])))
            .toList());
  }

  private List<Object[]> rows(String query, long quizId) {
    return em.createNamedQuery(query, Object[].class).setParameter("quiz", quizId).getResultList();
  }

  /** A count or sum as the database returns it (its type varies by database); null is 0. */
  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  public List<Submission> submissions(long quizId, UUID jobId) {
    return em.createNamedQuery("Submission.forJob", Submission.class)
        .setParameter("quiz", quizId)
        .setParameter("job", jobId)
        .getResultList();
  }

  public Optional<Submission> submissionForImage(long quizId, long imageId) {
    return em.createNamedQuery("Submission.forImage", Submission.class)
        .setParameter("quiz", quizId)
        .setParameter("image", imageId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Submission> submission(long id) {
    return Optional.ofNullable(em.find(Submission.class, id));
  }

  /** These submissions with their answers (those that exist). */
  public List<Submission> submissionsWithIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Submission.withIds", Submission.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** These submissions' own columns (those that exist), in no particular order. */
  public List<SubmissionSheetRow> sheetRows(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Submission.rowsWithIds", SubmissionSheetRow.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The answers of these submissions, by submission id, then question. */
  public List<SubmissionAnswerRow> answerRows(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Submission.answerRowsWithIds", SubmissionAnswerRow.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Answers of the quiz that wait for a teacher: flagged, and no override yet. */
  public long awaitingReview(long quizId) {
    return em.createNamedQuery("SubmissionAnswer.awaitingReviewInQuiz", Long.class)
        .setParameter("quiz", quizId)
        .getSingleResult();
  }

  public void add(Submission submission) {
    em.persist(submission);
  }
}
