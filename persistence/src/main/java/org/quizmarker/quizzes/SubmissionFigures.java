package org.quizmarker.quizzes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What the quiz-wide queries over submissions answer, computed by the database. */
public final class SubmissionFigures {
  private SubmissionFigures() {}

  /** How many submissions a quiz has and their mean score (null without any). */
  public record ScoreSummary(long count, Double mean) {

    /** The count and mean of the scores counted by value (one query for both and the histogram). */
    public static ScoreSummary of(List<ScoreCount> counts) {
      long n = 0;
      double sum = 0;
      for (ScoreCount c : counts) {
        n += c.count();
        sum += c.score() * c.count();
      }
      return new ScoreSummary(n, n == 0 ? null : sum / n);
    }
  }

  /** How many submissions have exactly this score. */
  public record ScoreCount(double score, long count) {}

  /** An upload graded into the quiz and how many of its sheets are submissions. */
  public record JobCount(UUID jobId, long submissions) {}

  /** One question's answers: read, waiting for review, decided, right (decisions in force). */
  public record AnswerTally(int q, long answered, long needsReview, long decided, long right) {}

  /** How many answers to question {@code q} read as {@code text} count wrong. */
  public record WrongText(int q, String text, long count) {}

  /**
   * A quiz's answers to question {@code q} grouped by their wrong reading ({@code wrongText}: the
   * text of an answer whose decision in force is wrong, null for every other answer): how many were
   * read, wait for review, are decided, right, and how many the group holds. One pass over the
   * quiz's answers gives the per-question tallies, the common wrong texts and the answers waiting.
   */
  public record AnswerGroup(
      int q,
      String wrongText,
      long answered,
      long needsReview,
      long decided,
      long right,
      long count) {}

  /** What {@link #fold} makes of the groups. */
  public record AnswerFigures(
      List<AnswerTally> tallies, List<WrongText> wrongTexts, long awaitingReview) {}

  /** The per-question tallies (by q), the wrong texts and the answers waiting, from the groups. */
  public static AnswerFigures fold(List<AnswerGroup> groups) {
    Map<Integer, long[]> byQ = new TreeMap<>();
    List<WrongText> wrong = new ArrayList<>();
    long awaiting = 0;
    for (AnswerGroup g : groups) {
      long[] t = byQ.computeIfAbsent(g.q(), q -> new long[4]);
      t[0] += g.answered();
      t[1] += g.needsReview();
      t[2] += g.decided();
      t[3] += g.right();
      awaiting += g.needsReview();
      if (g.wrongText() != null) {
        wrong.add(new WrongText(g.q(), g.wrongText(), g.count()));
      }
    }
    List<AnswerTally> tallies = new ArrayList<>();
    byQ.forEach((q, t) -> tallies.add(new AnswerTally(q, t[0], t[1], t[2], t[3])));
    return new AnswerFigures(List.copyOf(tallies), List.copyOf(wrong), awaiting);
  }
}
