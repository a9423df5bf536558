package org.quizmarker.quizzes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/** A quiz's figures for its results page: per question, and the scores' histogram. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class QuizStatistics {
  @Inject QuizService quizService;
  @Inject QuizRepository quizzes;
  @Inject CurrentCaller current;

  /** What {@link #of} answers. */
  public record Figures(
      long quizId,
      int submissions,
      List<QuestionStats.Question> questions,
      List<ScoreHistogram.Bucket> histogram) {}

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public Figures of(long quizId) {
    long ownerId = current.id();
    Quiz quiz = quizService.owned(ownerId, quizId);
    AnswerKey key = quizService.currentKey(quiz);
    List<SubmissionView> views =
        quizzes.submissions(quizId).stream().map(s -> SubmissionView.of(s, key)).toList();
    double maxScore =
        key.questionsInOrder().stream()
            .collect(
                java.util.stream.Collectors.toMap(KeyQuestion::q, KeyQuestion::points, (a, b) -> a))
            .values()
            .stream()
            .mapToDouble(Double::doubleValue)
            .sum();
    return new Figures(
        quizId,
        views.size(),
        QuestionStats.compute(SubmissionService.questionNumbers(key), views),
        ScoreHistogram.of(views.stream().map(SubmissionView::score).toList(), maxScore));
  }
}
