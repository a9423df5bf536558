package org.quizmarker.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal a caller can act on: bad input, an unknown or foreign resource, a wrong state, a
 * backing service that is down. It carries a machine code and a message for people; the web layer
 * maps {@link Kind} to an HTTP status. An application exception, so the container neither wraps nor
 * logs it, and the transaction rolls back: a refusal leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class ServiceException extends RuntimeException {

  /** What sort of refusal; each maps to one HTTP status in the web layer. */
  public enum Kind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    /** It existed but was deleted on purpose (e.g. an image after the retention period). */
    GONE,
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    TOO_MANY,
    UNAVAILABLE
  }

  private final Kind kind;
  private final String code;

  public ServiceException(Kind kind, String code, String message) {
    super(message, null, false, false); // expected outcome: no stack trace to fill or log
    this.kind = kind;
    this.code = code;
  }

  public static ServiceException invalid(String code, String message) {
    return new ServiceException(Kind.INVALID, code, message);
  }

  public static ServiceException notFound(String code, String message) {
    return new ServiceException(Kind.NOT_FOUND, code, message);
  }

  public static ServiceException conflict(String code, String message) {
    return new ServiceException(Kind.CONFLICT, code, message);
  }

  public static ServiceException forbidden(String message) {
    return new ServiceException(Kind.FORBIDDEN, "FORBIDDEN", message);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }
}
