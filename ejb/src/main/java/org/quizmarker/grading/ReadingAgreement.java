package org.quizmarker.grading;

import java.util.Optional;

/**
 * When two readings of an answer say the same thing for its question's type: numbers by value
 * ({@code 0.75} and {@code 3/4}), choices by letter ({@code (b)} and {@code B}), booleans by
 * meaning ({@code T} and {@code true}), text after the grading rule's normalisation (case, spaces,
 * trailing punctuation). Readings that are not values of the type compare as normalised text
 * without spaces.
 */
public final class ReadingAgreement {

  private ReadingAgreement() {}

  /** Whether {@code a} and {@code b} agree for a question of {@code type} (null: text). */
  public static boolean agree(QuestionType type, String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    Optional<Object> ka = typedValue(type, a);
    Optional<Object> kb = typedValue(type, b);
    if (ka.isPresent() || kb.isPresent()) {
      return ka.equals(kb);
    }
    String na = Normalizer.normalize(a);
    String nb = Normalizer.normalize(b);
    if (type == null || type == QuestionType.TEXT) {
      return !na.isEmpty() && na.equals(nb);
    }
    return !na.isEmpty() && na.replace(" ", "").equals(nb.replace(" ", ""));
  }

  private static Optional<Object> typedValue(QuestionType type, String text) {
    if (type == null) {
      return Optional.empty();
    }
    return switch (type) {
      case NUMBER ->
          NumberValue.parse(Normalizer.normalize(text).replace(" ", "")).map(v -> (Object) v);
      case CHOICE -> ChoiceMatcher.parseLetter(text).map(v -> (Object) v);
      case BOOLEAN -> BooleanMatcher.parseTruth(text).map(v -> (Object) v);
      case TEXT -> Optional.empty();
    };
  }
}
