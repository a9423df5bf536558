package org.quizmarker.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.quizmarker.platform.ServiceException;

/** A service's refusal: its status and code, no stack trace (it is an expected outcome). */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {
  @Override
  public Response toResponse(ServiceException e) {
    return Errors.response(Errors.statusOf(e.kind()), e.code(), e.getMessage());
  }
}
