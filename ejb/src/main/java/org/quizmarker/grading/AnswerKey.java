package org.quizmarker.grading;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A quiz's answer key: what {@link Grader} grades a sheet against. */
public record AnswerKey(String title, List<KeyQuestion> questions) {

  public AnswerKey {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  /** The question numbered {@code q} (the first one, should a bad key repeat a number). */
  public Optional<KeyQuestion> question(int q) {
    return questions.stream().filter(k -> k.q() == q).findFirst();
  }

  /** The questions ordered by number. */
  public List<KeyQuestion> questionsInOrder() {
    return questions.stream().sorted(Comparator.comparingInt(KeyQuestion::q)).toList();
  }

  /** The sum of all questions' points. */
  public double maxScore() {
    return questions.stream().mapToDouble(KeyQuestion::points).sum();
  }
}
