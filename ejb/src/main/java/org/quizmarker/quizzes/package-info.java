/**
 * Quizzes and marks: answer keys with versions, grading sheets against them (during an upload or as
 * a grading job that regrades stored readings), teachers' overrides, and exports.
 */
package org.quizmarker.quizzes;
