package org.quizmarker.quizzes;

/**
 * What a teacher decided about one or more answers.
 *
 * @param correct right or wrong; null with a {@code text} means "grade my corrected text"
 * @param points the points to award, or null for the question's points when right and none when
 *     wrong
 * @param text the corrected reading, or null to keep what was read
 */
public record TeacherDecision(Boolean correct, Double points, String text) {}
