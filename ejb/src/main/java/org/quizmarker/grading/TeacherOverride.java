package org.quizmarker.grading;

/**
 * A teacher's decision on one answer, which wins over the automatic one.
 *
 * @param correct whether the teacher counts the answer correct
 * @param points the points awarded, or {@code null} for the question's full points when correct and
 *     none when not; kept as given so that a later change of the key's points is honoured
 */
public record TeacherOverride(boolean correct, Double points) {

  public TeacherOverride {
    if (points != null && !(points >= 0.0 && Double.isFinite(points))) {
      throw new IllegalArgumentException("override points must be finite and >= 0: " + points);
    }
  }

  /** The points this override awards for a question worth {@code maxPoints}. */
  public double pointsFor(double maxPoints) {
    if (points != null) {
      return points;
    }
    return correct ? maxPoints : 0.0;
  }
}
