package org.quizmarker.jobs;

import jakarta.json.JsonObject;

/**
 * One entry of a job's result, in upload order: {@code data} holds what was read (and graded) for a
 * completed image, {@code error} says why a failed one failed.
 */
public record ImageResult(String filename, String status, JsonObject data, String error) {}
