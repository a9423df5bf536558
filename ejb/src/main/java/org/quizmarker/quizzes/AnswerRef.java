package org.quizmarker.quizzes;

/** One answer of one submission: what a grouped decision lists. */
public record AnswerRef(long submissionId, int q) {}
