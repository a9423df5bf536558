package org.quizmarker.web.users;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.quizmarker.users.SignInThrottled;
import org.quizmarker.web.api.Errors;

/** A throttled sign-in: 429 with the seconds to wait in {@code Retry-After}. */
@Provider
public class SignInThrottledMapper implements ExceptionMapper<SignInThrottled> {
  @Override
  public Response toResponse(SignInThrottled e) {
    Response r = Errors.response(429, e.code(), e.getMessage());
    return Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build();
  }
}
