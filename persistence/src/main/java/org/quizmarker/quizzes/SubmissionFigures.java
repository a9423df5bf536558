package org.quizmarker.quizzes;

import java.util.UUID;

/** What the quiz-wide queries over submissions answer, computed by the database. */
public final class SubmissionFigures {
  private SubmissionFigures() {}

  /** How many submissions a quiz has and their mean score (null without any). */
  public record ScoreSummary(long count, Double mean) {}

  /** How many submissions have exactly this score. */
  public record ScoreCount(double score, long count) {}

  /** An upload graded into the quiz and how many of its sheets are submissions. */
  public record JobCount(UUID jobId, long submissions) {}

  /** One question's answers: read, waiting for review, decided, right (decisions in force). */
  public record AnswerTally(int q, long answered, long needsReview, long decided, long right) {}

  /** How many answers to question {@code q} read as {@code text} count wrong. */
  public record WrongText(int q, String text, long count) {}
}
