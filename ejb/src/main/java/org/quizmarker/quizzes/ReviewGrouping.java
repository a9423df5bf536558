package org.quizmarker.quizzes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.Normalizer;
import org.quizmarker.grading.NumberValue;

/**
 * Groups flagged answers that one decision can settle: same question, same text after the grading
 * rule's normalisation (case, spaces, trailing punctuation), and numbers by value ({@code 0.75},
 * {@code 3/4} and {@code .75} are one group).
 */
public final class ReviewGrouping {
  private ReviewGrouping() {}

  /** The group key's text part for {@code text} (null, an unread answer, gives the empty text). */
  public static String normalise(String text) {
    String normal = Normalizer.normalize(text);
    return NumberValue.parse(normal)
        .map(v -> "=" + v.numerator() + "/" + v.denominator())
        .orElse(normal);
  }

  /** The groups of {@code items}, by question, then largest first, then by key. */
  public static List<ReviewQueue.Group> group(List<ReviewQueue.Item> items, AnswerKey key) {
    Map<String, List<ReviewQueue.Item>> byKey = new LinkedHashMap<>();
    for (ReviewQueue.Item item : items) {
      byKey
          .computeIfAbsent(item.q() + "|" + normalise(item.text()), k -> new ArrayList<>())
          .add(item);
    }
    List<ReviewQueue.Group> groups = new ArrayList<>();
    byKey.forEach(
        (k, members) -> {
          int q = members.get(0).q();
          KeyQuestion question = key.question(q).orElse(null);
          groups.add(
              new ReviewQueue.Group(
                  k,
                  q,
                  mostCommon(members, ReviewQueue.Item::text),
                  mostCommon(members, ReviewQueue.Item::reason),
                  question == null ? List.of() : question.accepted(),
                  question == null ? 0 : question.points(),
                  members.size(),
                  List.copyOf(members)));
        });
    groups.sort(
        Comparator.comparingInt(ReviewQueue.Group::q)
            .thenComparing(Comparator.comparingInt(ReviewQueue.Group::count).reversed())
            .thenComparing(ReviewQueue.Group::key));
    return groups;
  }

  /** The most frequent value, the earliest on a tie; null only when all are null. */
  private static String mostCommon(
      List<ReviewQueue.Item> items, Function<ReviewQueue.Item, String> field) {
    Map<String, Long> counts =
        items.stream()
            .map(field)
            .filter(java.util.Objects::nonNull)
            .collect(
                Collectors.groupingBy(
                    Function.identity(), LinkedHashMap::new, Collectors.counting()));
    String best = null;
    long bestCount = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
