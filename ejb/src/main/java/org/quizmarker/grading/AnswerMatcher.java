package org.quizmarker.grading;

/** Compares a read answer with a question's accepted answers, for one {@link QuestionType}. */
public interface AnswerMatcher {

  /** The verdict for {@code answer} (as read, not normalised) against {@code question}. */
  MatchResult match(String answer, KeyQuestion question);

  /**
   * Whether {@code accepted} is a valid accepted answer for this type (used by {@link
   * KeyValidator}).
   */
  boolean isValidAccepted(String accepted);

  /** The matcher for {@code type}, with the default near-miss ratio. */
  static AnswerMatcher forType(QuestionType type) {
    return forType(type, TextMatcher.DEFAULT_NEAR_MISS_RATIO);
  }

  /**
   * The matcher for {@code type}; {@code nearMissRatio} bounds the edit distance, relative to the
   * longer string, under which a wrong text answer counts as a near miss.
   */
  static AnswerMatcher forType(QuestionType type, double nearMissRatio) {
    return switch (type) {
      case TEXT -> new TextMatcher(nearMissRatio);
      case NUMBER -> new NumberMatcher();
      case CHOICE -> new ChoiceMatcher();
      case BOOLEAN -> new BooleanMatcher();
    };
  }
}
