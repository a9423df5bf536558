package org.quizmarker.jobs;

/** Fired when grades changed (grading, regrading, an override); observed after commit. */
public record MarksChanged() {}
