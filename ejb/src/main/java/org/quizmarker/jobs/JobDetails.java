package org.quizmarker.jobs;

import java.util.List;

/** A job's status and, once it has ended, the result of every image (else null). */
public record JobDetails(JobSnapshot snapshot, List<ImageResult> result) {}
