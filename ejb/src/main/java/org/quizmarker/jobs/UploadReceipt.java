package org.quizmarker.jobs;

import java.util.UUID;

/** What an accepted upload answers: the job to follow and a rough time estimate. */
public record UploadReceipt(UUID jobId, int totalImages, String estimatedTime) {}
