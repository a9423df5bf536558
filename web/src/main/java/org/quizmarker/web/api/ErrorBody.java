package org.quizmarker.web.api;

/** The error envelope: {@code {"success": false, "error": "<message>", "code": "<CODE>"}}. */
public record ErrorBody(boolean success, String error, String code) {
  public static ErrorBody of(String code, String message) {
    return new ErrorBody(false, message, code);
  }
}
