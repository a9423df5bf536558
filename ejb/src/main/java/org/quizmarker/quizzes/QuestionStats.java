package org.quizmarker.quizzes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quizmarker.grading.Normalizer;

/** Per-question figures over a quiz's submissions: how many got it right, common wrong answers. */
public final class QuestionStats {
  private QuestionStats() {}

  /**
   * One question's figures; {@code shareCorrect} counts decided answers only (null if none), {@code
   * shareRight} is the share of all submissions whose answer counts right (0 without submissions).
   */
  public record Question(
      int q,
      int answered,
      int decided,
      int correct,
      int needsReview,
      Double shareCorrect,
      List<Map.Entry<String, Integer>> commonWrongAnswers,
      double shareRight) {}

  public static List<Question> compute(List<Integer> questions, List<SubmissionView> submissions) {
    List<Question> stats = new ArrayList<>();
    for (int q : questions) {
      int answered = 0;
      int decided = 0;
      int correct = 0;
      int review = 0;
      Map<String, Integer> wrong = new TreeMap<>();
      for (SubmissionView s : submissions) {
        for (SubmissionView.Answer a : s.answers()) {
          if (a.q() != q) {
            continue;
          }
          if (a.text() != null) {
            answered++;
          }
          if (a.needsReview()) {
            review++;
          } else if (a.correct() != null) {
            decided++;
            if (a.correct()) {
              correct++;
            } else if (a.text() != null) {
              wrong.merge(Normalizer.normalize(a.text()), 1, Integer::sum);
            }
          }
        }
      }
      List<Map.Entry<String, Integer>> common =
          wrong.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
              .limit(3)
              .map(e -> Map.entry(e.getKey(), e.getValue()))
              .toList();
      stats.add(
          new Question(
              q,
              answered,
              decided,
              correct,
              review,
              decided == 0 ? null : Math.round(1000.0 * correct / decided) / 1000.0,
              common,
              submissions.isEmpty()
                  ? 0.0
                  : Math.round(1000.0 * correct / submissions.size()) / 1000.0));
    }
    return stats;
  }

  /** The figures as plain maps, for JSON. */
  public static List<Map<String, Object>> asMaps(List<Question> stats) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Question s : stats) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("q", s.q());
      m.put("answered", s.answered());
      m.put("decided", s.decided());
      m.put("correct", s.correct());
      m.put("needs_review", s.needsReview());
      m.put("share_correct", s.shareCorrect());
      m.put("share_right", s.shareRight());
      List<Map<String, Object>> wrong = new ArrayList<>();
      s.commonWrongAnswers()
          .forEach(e -> wrong.add(Map.of("text", e.getKey(), "count", e.getValue())));
      m.put("common_wrong_answers", wrong);
      list.add(m);
    }
    return list;
  }
}
