/** Quizzes, submissions and marks over HTTP. */
package org.quizmarker.web.quizzes;
