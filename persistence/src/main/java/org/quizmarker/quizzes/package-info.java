/**
 * Quizzes, their versioned answer keys, and the submissions (graded sheets) made against them, with
 * each answer's automatic decision and the teacher's override.
 */
package org.quizmarker.quizzes;
