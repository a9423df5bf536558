/**
 * Quizzes and marks: answer keys with versions, grading sheets against them (during an upload or as
 * a grading job that regrades stored readings), teachers' overrides, and exports. The review loop
 * ({@link org.quizmarker.quizzes.ReviewService}: flagged answers grouped by identical reading, one
 * decision for a group) and the pictures of graded sheets ({@link
 * org.quizmarker.quizzes.MarkedSheets}: answer crops, marked sheets, ZIP and PDF bundles).
 */
package org.quizmarker.quizzes;
