package org.quizmarker.quizzes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.quizzes.SubmissionFigures.JobCount;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * A quiz's figures for its results page, over all its submissions: how many, the mean score, the
 * answers waiting for review, the uploads graded into it, per question, and the scores' histogram.
 * The database counts (a few grouped queries on the quiz's index), so the cost does not grow with
 * the answers held in memory and the page needs no submission for them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class QuizStatistics {
  @Inject QuizService quizService;
  @Inject QuizRepository quizzes;
  @Inject CurrentCaller current;

  /**
   * What {@link #of} answers; {@code meanScore} is null without submissions, {@code maxScore} the
   * current key's.
   */
  public record Figures(
      long quizId,
      long submissions,
      Double meanScore,
      double maxScore,
      long toReview,
      List<JobCount> jobs,
      List<QuestionStats.Question> questions,
      List<ScoreHistogram.Bucket> histogram) {}

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public Figures of(long quizId) {
    long ownerId = current.id();
    Quiz quiz = quizService.owned(ownerId, quizId);
    AnswerKey key = quizService.currentKey(quiz);
    List<SubmissionFigures.ScoreCount> scores = quizzes.scoreCounts(quizId);
    SubmissionFigures.ScoreSummary summary = SubmissionFigures.ScoreSummary.of(scores);
    SubmissionFigures.AnswerFigures answers = quizzes.answerFigures(quizId);
    double maxScore = maxScore(key);
    return new Figures(
        quizId,
        summary.count(),
        summary.mean() == null ? null : Math.round(summary.mean() * 100) / 100.0,
        maxScore,
        answers.awaitingReview(),
        quizzes.jobsOfQuiz(quizId),
        QuestionStats.fromTallies(
            SubmissionService.questionNumbers(key),
            answers.tallies(),
            answers.wrongTexts(),
            summary.count()),
        ScoreHistogram.ofCounts(scores, maxScore));
  }

  /** The key's full score: each question's points once. */
  static double maxScore(AnswerKey key) {
    Map<Integer, Double> points = new LinkedHashMap<>();
    key.questionsInOrder().forEach(q -> points.putIfAbsent(q.q(), q.points()));
    return points.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
