package org.quizmarker.jobs;

import java.util.List;

/** One page of a user's jobs, newest first. */
public record JobPage(List<JobSnapshot> items, int page, int perPage, long total) {}
