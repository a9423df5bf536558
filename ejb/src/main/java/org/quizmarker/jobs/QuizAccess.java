package org.quizmarker.jobs;

import java.util.Optional;
import org.quizmarker.grading.AnswerKey;

/** What the job pipeline needs to know of quizzes: whether the caller may grade against one. */
public interface QuizAccess {

  /** Throws a not-found refusal unless the quiz exists and belongs to the user. */
  void requireOwned(long ownerId, long quizId);

  /** The quiz's current answer key, unless the quiz has been deleted. */
  Optional<AnswerKey> currentKey(long quizId);
}
