/**
 * Turning the OCR text of a student's answer sheet into marks, as plain Java that unit tests can
 * call without a container.
 *
 * <ul>
 *   <li>{@link org.quizmarker.grading.AnswerParser} splits OCR lines into the header fields and the
 *       numbered answers of a sheet ({@link org.quizmarker.grading.ParsedSheet}).
 *   <li>{@link org.quizmarker.grading.AnswerKey} is a quiz's answer key, checked by {@link
 *       org.quizmarker.grading.KeyValidator} and read and written as JSON by {@link
 *       org.quizmarker.grading.AnswerKeyJson}.
 *   <li>{@link org.quizmarker.grading.AnswerMatcher}s apply the grading rule of the test-sheet
 *       README for each {@link org.quizmarker.grading.QuestionType}.
 *   <li>{@link org.quizmarker.grading.Grader} decides each answer or flags it for a teacher's
 *       review ({@link org.quizmarker.grading.ReviewReason}): a wrong automatic decision is the
 *       worst outcome, a review is cheap.
 * </ul>
 */
package org.quizmarker.grading;
