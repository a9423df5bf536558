package org.quizmarker.web.quizzes;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.quizzes.SubmissionService;
import org.quizmarker.quizzes.SubmissionView;
import org.quizmarker.web.api.Ok;
import org.quizmarker.web.users.CallerPrincipal;

/** A teacher's decision on one answer of a graded sheet. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

  public record Override(Boolean correct, Double points) {}

  @Inject SubmissionService submissions;
  @Context SecurityContext security;

  @PATCH
  @Path("/{id}/answers/{q}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<SubmissionView> override(
      @PathParam("id") String id, @PathParam("q") String q, Override body) {
    long submissionId;
    int question;
    try {
      submissionId = Long.parseLong(id);
      question = Integer.parseInt(q);
    } catch (NumberFormatException e) {
      throw ServiceException.notFound(
          "SUBMISSION_NOT_FOUND", "No submission " + id + " question " + q);
    }
    return Ok.of(
        submissions.override(
            CallerPrincipal.of(security),
            submissionId,
            question,
            body == null ? null : body.correct(),
            body == null ? null : body.points()));
  }
}
