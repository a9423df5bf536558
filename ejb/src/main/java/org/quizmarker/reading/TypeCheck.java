package org.quizmarker.reading;

import org.quizmarker.grading.BooleanMatcher;
import org.quizmarker.grading.ChoiceMatcher;
import org.quizmarker.grading.Normalizer;
import org.quizmarker.grading.NumberValue;
import org.quizmarker.grading.QuestionType;

/** Whether a reading is a value of a question's type (as the grader would parse it). */
final class TypeCheck {

  private TypeCheck() {}

  static boolean parses(QuestionType type, String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String t = text.strip();
    return switch (type) {
      case NUMBER -> NumberValue.parse(Normalizer.normalize(t)).isPresent();
      case CHOICE -> ChoiceMatcher.parseLetter(t).isPresent();
      case BOOLEAN -> BooleanMatcher.parseTruth(t).isPresent();
      case TEXT -> t.chars().anyMatch(Character::isLetterOrDigit);
    };
  }
}
