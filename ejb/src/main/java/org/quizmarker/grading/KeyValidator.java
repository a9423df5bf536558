package org.quizmarker.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks an answer key and lists every problem in words a teacher can act on. */
public final class KeyValidator {

  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_QUESTIONS = 500;

  /**
   * Bounds of every number and text of a key, so that totals stay finite and a key fits its
   * database column (1,000,000 characters) with room to spare.
   */
  public static final int MAX_QUESTION_NUMBER = 10_000;

  public static final double MAX_POINTS = 1000;
  public static final double MAX_TOLERANCE = 1e9;
  public static final int MAX_PROMPT_LENGTH = 2000;
  public static final int MAX_ACCEPTED = 50;
  public static final int MAX_ACCEPTED_LENGTH = 200;

  /** The problems of {@code key}; empty when it is valid. */
  public List<String> validate(AnswerKey key) {
    List<String> problems = new ArrayList<>();
    if (key == null) {
      problems.add("the answer key is missing");
      return problems;
    }
    String title = key.title();
    if (title == null || title.isBlank()) {
      problems.add("title must not be blank");
    } else if (title.strip().length() > MAX_TITLE_LENGTH) {
      problems.add(
          "title is " + title.strip().length() + " characters long; at most " + MAX_TITLE_LENGTH);
    }
    List<KeyQuestion> questions = key.questions();
    if (questions.isEmpty()) {
      problems.add("the key has no questions; it needs at least one");
    } else if (questions.size() > MAX_QUESTIONS) {
      problems.add("the key has " + questions.size() + " questions; at most " + MAX_QUESTIONS);
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      KeyQuestion question = questions.get(i);
      if (question == null) {
        problems.add("question #" + (i + 1) + " is empty");
        continue;
      }
      String name = "question " + question.q();
      if (question.q() < 1 || question.q() > MAX_QUESTION_NUMBER) {
        name = "question #" + (i + 1);
        problems.add(
            name
                + ": the question number must be between 1 and "
                + MAX_QUESTION_NUMBER
                + ", not "
                + question.q());
      } else if (!seen.add(question.q())) {
        problems.add(name + ": the question number is used more than once");
      }
      checkQuestion(name, question, problems);
    }
    return problems;
  }

  /** Whether {@code key} has no problems. */
  public boolean isValid(AnswerKey key) {
    return validate(key).isEmpty();
  }

  private static void checkQuestion(String name, KeyQuestion question, List<String> problems) {
    if (!(question.points() > 0.0 && question.points() <= MAX_POINTS)) {
      problems.add(
          name
              + ": points must be more than 0 and at most "
              + MAX_POINTS
              + ", not "
              + question.points());
    }
    if (question.prompt() != null && question.prompt().length() > MAX_PROMPT_LENGTH) {
      problems.add(
          name
              + ": the prompt is "
              + question.prompt().length()
              + " characters long; at most "
              + MAX_PROMPT_LENGTH);
    }
    if (question.accepted().size() > MAX_ACCEPTED) {
      problems.add(name + ": at most " + MAX_ACCEPTED + " accepted answers");
      return;
    }
    for (String accepted : question.accepted()) {
      if (accepted != null && accepted.length() > MAX_ACCEPTED_LENGTH) {
        problems.add(
            name + ": an accepted answer is longer than " + MAX_ACCEPTED_LENGTH + " characters");
        return;
      }
    }
    QuestionType type = question.type();
    if (type == null) {
      problems.add(name + ": type is missing (text, number, choice or boolean)");
    }
    if (question.accepted().isEmpty()) {
      problems.add(name + ": at least one accepted answer is required");
    } else if (type != null) {
      AnswerMatcher matcher = AnswerMatcher.forType(type);
      for (String accepted : question.accepted()) {
        if (accepted == null || !matcher.isValidAccepted(accepted)) {
          problems.add(name + ": accepted answer \"" + accepted + "\" " + expectation(type));
        }
      }
    }
    Double tolerance = question.tolerance();
    if (tolerance != null) {
      if (type != QuestionType.NUMBER) {
        problems.add(name + ": a tolerance is only allowed for number questions");
      }
      if (!(tolerance >= 0.0 && tolerance <= MAX_TOLERANCE)) {
        problems.add(
            name + ": tolerance must be between 0 and " + MAX_TOLERANCE + ", not " + tolerance);
      }
    }
  }

  private static String expectation(QuestionType type) {
    return switch (type) {
      case TEXT -> "is blank";
      case NUMBER -> "is not a number (an integer, a decimal such as 0.75, or a fraction a/b)";
      case CHOICE -> "is not a single letter A-Z (optionally in parentheses)";
      case BOOLEAN -> "is not True, False, T or F";
    };
  }
}
