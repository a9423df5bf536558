package org.quizmarker.ocr;

/**
 * The image cannot be decoded (corrupt, truncated, unsupported variant or too large). A permanent
 * failure: retrying the same bytes will not help.
 */
public class UnreadableImageException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableImageException(String reason) {
    super(reason);
  }

  public UnreadableImageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
