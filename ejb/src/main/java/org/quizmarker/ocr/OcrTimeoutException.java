package org.quizmarker.ocr;

import java.time.Duration;

/** Recognition was stopped because it took longer than the request's time limit. */
public class OcrTimeoutException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  public OcrTimeoutException(Duration timeout) {
    super("OCR took longer than " + describe(timeout));
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  private static String describe(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
