package org.quizmarker.web.quizzes;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.quizzes.MarkedSheets;
import org.quizmarker.quizzes.ReviewService;
import org.quizmarker.quizzes.SubmissionDetail;
import org.quizmarker.quizzes.SubmissionView;
import org.quizmarker.quizzes.TeacherDecision;
import org.quizmarker.web.api.ImageResponses;
import org.quizmarker.web.api.Ok;

/**
 * One graded sheet: its answers with their review context, an answer's crop, the marked sheet, and
 * a teacher's decision on one answer (and its undo).
 */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

  /** {@code correct}, optionally {@code points}; or a corrected {@code text} to grade. */
  public record Override(Boolean correct, Double points, String text) {}

  @Inject ReviewService reviews;
  @Inject MarkedSheets sheets;
  @Context Request request;

  @GET
  @Path("/{id}")
  public Ok<SubmissionDetail> get(@PathParam("id") String id) {
    return Ok.of(reviews.detail(submissionId(id)));
  }

  @PATCH
  @Path("/{id}/answers/{q}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<SubmissionView> override(
      @PathParam("id") String id, @PathParam("q") String q, Override body) {
    return Ok.of(
        reviews.override(
            submissionId(id),
            question(id, q),
            body == null
                ? new TeacherDecision(null, null, null)
                : new TeacherDecision(body.correct(), body.points(), body.text())));
  }

  /** Undoes the teacher's decision: the machine's counts again (and may need review again). */
  @DELETE
  @Path("/{id}/answers/{q}/override")
  public Ok<SubmissionView> undo(@PathParam("id") String id, @PathParam("q") String q) {
    return Ok.of(reviews.undo(submissionId(id), question(id, q)));
  }

  /**
   * The sheet around the answer's line (PNG); 404 {@code NO_ANSWER_BOX} when its place is unknown.
   */
  @GET
  @Path("/{id}/answers/{q}/crop")
  @Produces({"image/png", MediaType.APPLICATION_JSON})
  public Response crop(@PathParam("id") String id, @PathParam("q") String q) {
    return ImageResponses.of(request, sheets.crop(submissionId(id), question(id, q)), null, true);
  }

  /** The marked sheet (PNG), inline or with {@code ?download=1} as an attachment. */
  @GET
  @Path("/{id}/marked.png")
  @Produces({"image/png", MediaType.APPLICATION_JSON})
  public Response marked(@PathParam("id") String id, @QueryParam("download") String download) {
    var image = sheets.marked(submissionId(id));
    boolean attachment = download != null && !download.isEmpty() && !download.equals("0");
    return ImageResponses.of(
        request, image, ImageResponses.disposition(attachment, image.filename()), false);
  }

  /** An id that is not a number names no submission: the same 404 as an unknown one. */
  static long submissionId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ServiceException.notFound("SUBMISSION_NOT_FOUND", "No submission " + id);
    }
  }

  private static int question(String id, String q) {
    try {
      return Integer.parseInt(q);
    } catch (NumberFormatException e) {
      throw ServiceException.notFound(
          "SUBMISSION_NOT_FOUND", "No submission " + id + " question " + q);
    }
  }
}
