package org.quizmarker.grading;

import java.util.List;

/**
 * One question of an answer key. The record accepts any values so that a bad key can be read and
 * then reported in full by {@link KeyValidator}.
 *
 * @param q the question number, 1 or more
 * @param prompt the question text, informational only
 * @param accepted accepted answers; the first is the canonical one
 * @param points points for a correct answer
 * @param type how answers are compared
 * @param tolerance for {@link QuestionType#NUMBER} only: the largest accepted difference from an
 *     accepted value, or {@code null} for exact equality
 */
public record KeyQuestion(
    int q,
    String prompt,
    List<String> accepted,
    double points,
    QuestionType type,
    Double tolerance) {

  public KeyQuestion {
    prompt = prompt == null ? "" : prompt;
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
  }

  /** A question worth one point with no tolerance. */
  public static KeyQuestion of(int q, QuestionType type, String... accepted) {
    return new KeyQuestion(q, "", List.of(accepted), 1.0, type, null);
  }
}
