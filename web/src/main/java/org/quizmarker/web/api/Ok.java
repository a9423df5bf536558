package org.quizmarker.web.api;

/** The success envelope: {@code {"success": true, "data": ...}}. */
public record Ok<T>(boolean success, T data) {
  public static <T> Ok<T> of(T data) {
    return new Ok<>(true, data);
  }
}
