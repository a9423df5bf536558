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
