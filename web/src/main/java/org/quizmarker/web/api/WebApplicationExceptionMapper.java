package org.quizmarker.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unsupported content type, role check) in the
 * API's JSON shape, never an HTML page or redirect.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    String message =
        switch (status) {
          case 404 -> "No such resource";
          case 405 -> "Method not allowed here";
          case 415 -> "Unsupported content type";
          case 403 -> "You are not allowed to do this";
          case 401 -> "Sign in first (session cookie or Authorization: Bearer <token>)";
          case 400 -> "Bad request: " + (e.getMessage() == null ? "malformed" : e.getMessage());
          default -> e.getMessage() == null ? "HTTP " + status : e.getMessage();
        };
    Response.ResponseBuilder builder =
        Response.fromResponse(Errors.response(status, Errors.codeOf(status), message));
    if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
      builder.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return builder.build();
  }
}
