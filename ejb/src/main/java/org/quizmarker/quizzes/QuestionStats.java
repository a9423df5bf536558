package org.quizmarker.quizzes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quizmarker.grading.Normalizer;
import org.quizmarker.quizzes.SubmissionFigures.AnswerTally;
import org.quizmarker.quizzes.SubmissionFigures.WrongText;

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

  /**
   * The figures from what the database counted: per question, and per question and text read of the
   * wrong answers (normalised and merged here, as the grader compares them). Questions of the key
   * without answers show zeros; answers to questions no longer in the key are left out.
   */
  public static List<Question> fromTallies(
      List<Integer> questions,
      List<AnswerTally> tallies,
      List<WrongText> wrongTexts,
      long submissions) {
    Map<Integer, AnswerTally> byQ = new HashMap<>();
    tallies.forEach(t -> byQ.put(t.q(), t));
    Map<Integer, Map<String, Integer>> wrongByQ = new HashMap<>();
    for (WrongText w : wrongTexts) {
      wrongByQ
          .computeIfAbsent(w.q(), q -> new TreeMap<>())
          .merge(Normalizer.normalize(w.text()), (int) w.count(), Integer::sum);
    }
    List<Question> stats = new ArrayList<>();
    for (int q : questions) {
      AnswerTally t = byQ.getOrDefault(q, new AnswerTally(q, 0, 0, 0, 0));
      List<Map.Entry<String, Integer>> common =
          wrongByQ.getOrDefault(q, Map.of()).entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
              .limit(3)
              .map(e -> Map.entry(e.getKey(), e.getValue()))
              .toList();
      int decided = (int) t.decided();
      int correct = (int) t.right();
      stats.add(
          new Question(
              q,
              (int) t.answered(),
              decided,
              correct,
              (int) t.needsReview(),
              decided == 0 ? null : Math.round(1000.0 * correct / decided) / 1000.0,
              common,
              submissions == 0 ? 0.0 : Math.round(1000.0 * correct / submissions) / 1000.0));
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
          .forEach(
              e -> {
                // text first, always (Map.of's order changes from one server start to the next)
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("text", e.getKey());
                w.put("count", e.getValue());
                wrong.add(w);
              });
      m.put("common_wrong_answers", wrong);
      list.add(m);
    }
    return list;
  }
}
