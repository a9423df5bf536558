package org.quizmarker.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.quizmarker.platform.ServiceException;

/**
 * Everything else. A refusal wrapped by the container is unwrapped, an EJB's role check is a 403; a
 * body that is not valid JSON is a 400; anything truly unexpected is a 500 with its full trace in
 * the log (and none in the answer).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ServiceException se) {
        return new ServiceExceptionMapper().toResponse(se);
      }
      if (t instanceof WebApplicationException wae) {
        return new WebApplicationExceptionMapper().toResponse(wae);
      }
      if (t instanceof EJBAccessException) {
        // An EJB's @RolesAllowed refused the caller: a refusal, not a failure.
        return Errors.response(403, "FORBIDDEN", "You are not allowed to do this");
      }
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
        return Errors.response(
            400, "INVALID_JSON", "The body is not valid JSON of the expected shape");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (e instanceof ProcessingException) {
      return Errors.response(400, "BAD_REQUEST", "The request could not be read");
    }
    LOG.error("Unexpected failure answering a request", e);
    return Errors.response(500, "INTERNAL_ERROR", "Internal error; the server log has the details");
  }
}
