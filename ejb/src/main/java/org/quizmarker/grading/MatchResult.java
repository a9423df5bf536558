package org.quizmarker.grading;

/**
 * The verdict of an {@link AnswerMatcher}.
 *
 * @param verdict how the answer compares
 * @param closestAccepted the accepted answer it matched or nearly matched, or {@code null}
 */
public record MatchResult(MatchVerdict verdict, String closestAccepted) {

  public static MatchResult of(MatchVerdict verdict) {
    return new MatchResult(verdict, null);
  }

  public boolean correct() {
    return verdict == MatchVerdict.CORRECT;
  }
}
