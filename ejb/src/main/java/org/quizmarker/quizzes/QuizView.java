package org.quizmarker.quizzes;

import jakarta.json.JsonObject;
import java.time.Instant;

/** A quiz as the API shows it: its current key (title and questions) and its version. */
public record QuizView(
    long id, String title, int version, JsonObject key, Instant createdAt, Instant updatedAt) {}
