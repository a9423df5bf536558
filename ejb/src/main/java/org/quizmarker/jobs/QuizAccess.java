package org.quizmarker.jobs;

/** What the job pipeline needs to know of quizzes: whether the caller may grade against one. */
public interface QuizAccess {

  /** Throws a not-found refusal unless the quiz exists and belongs to the user. */
  void requireOwned(long ownerId, long quizId);
}
