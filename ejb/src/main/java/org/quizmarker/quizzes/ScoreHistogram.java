package org.quizmarker.quizzes;

import java.util.ArrayList;
import java.util.List;
import org.quizmarker.quizzes.SubmissionFigures.ScoreCount;

/**
 * Scores counted in buckets for a chart: one bucket per point up to 20 points, else ten equal
 * buckets. Buckets are {@code [from, to)}; the last one also holds the full score.
 */
public final class ScoreHistogram {
  private ScoreHistogram() {}

  public record Bucket(double from, double to, int count) {}

  public static List<Bucket> of(List<Double> scores, double maxScore) {
    return ofCounts(scores.stream().map(s -> new ScoreCount(s, 1)).toList(), maxScore);
  }

  /** The buckets from each distinct score and how many sheets have it (as the database counts). */
  public static List<Bucket> ofCounts(List<ScoreCount> scores, double maxScore) {
    List<Bucket> buckets = new ArrayList<>();
    if (!(maxScore > 0)) {
      return buckets;
    }
    int n = maxScore <= 20 ? (int) Math.ceil(maxScore) : 10;
    double width = maxScore <= 20 ? 1.0 : maxScore / 10;
    int[] counts = new int[n];
    for (ScoreCount s : scores) {
      int i = (int) Math.floor(Math.max(0, s.score()) / width);
      counts[Math.min(n - 1, i)] += (int) s.count();
    }
    for (int i = 0; i < n; i++) {
      double from = round(i * width);
      double to = i == n - 1 ? maxScore : round((i + 1) * width);
      buckets.add(new Bucket(from, to, counts[i]));
    }
    return buckets;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
