package org.quizmarker.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.quizmarker.platform.ServiceException.Kind;

/** Builds error responses and maps service refusals to HTTP statuses. */
public final class Errors {
  private Errors() {}

  public static int statusOf(Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case GONE -> 410;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
      case TOO_MANY -> 429;
      case UNAVAILABLE -> 503;
    };
  }

  /** The machine code used when a status arises outside the application's own refusals. */
  public static String codeOf(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 409 -> "CONFLICT";
      case 410 -> "GONE";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      case 429 -> "TOO_MANY_REQUESTS";
      case 503 -> "SERVICE_UNAVAILABLE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
    };
  }

  public static Response response(int status, String code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(code, message))
        .build();
  }
}
