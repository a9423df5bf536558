package org.quizmarker.grading;

/** Key JSON that cannot be read as an answer key at all (not JSON, wrong shape, unknown type). */
public class AnswerKeyFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public AnswerKeyFormatException(String message) {
    super(message);
  }

  public AnswerKeyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
