package org.quizmarker.web.http;

/** A request the screen refuses: the status and the API's error code and message. */
public record Refusal(int status, String code, String message) {}
