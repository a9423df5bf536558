package org.quizmarker.web.quizzes;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.quizmarker.jobs.ImageEncoding;
import org.quizmarker.jobs.UploadReceipt;
import org.quizmarker.platform.Jsonp;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.quizzes.AnswerRef;
import org.quizmarker.quizzes.DecisionResult;
import org.quizmarker.quizzes.GradingJobService;
import org.quizmarker.quizzes.ImagePdf;
import org.quizmarker.quizzes.MarkedSheets;
import org.quizmarker.quizzes.QuestionStats;
import org.quizmarker.quizzes.QuizService;
import org.quizmarker.quizzes.QuizStatistics;
import org.quizmarker.quizzes.QuizView;
import org.quizmarker.quizzes.ReviewQueue;
import org.quizmarker.quizzes.ReviewService;
import org.quizmarker.quizzes.SubmissionOrder;
import org.quizmarker.quizzes.SubmissionPage;
import org.quizmarker.quizzes.SubmissionService;
import org.quizmarker.quizzes.SubmissionView;
import org.quizmarker.quizzes.TeacherDecision;
import org.quizmarker.web.api.Ok;
import org.quizmarker.web.api.Times;
import org.quizmarker.web.jobs.JobResource;
import org.quizmarker.web.jobs.UploadResource;

/** A teacher's quizzes and their answer keys. */
@Path("/quizzes")
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {

  @Inject QuizService quizzes;
  @Inject SubmissionService submissions;
  @Inject GradingJobService grading;
  @Inject QuizStatistics statistics;
  @Inject ReviewService reviews;
  @Inject MarkedSheets marked;

  public record GradeRequest(String jobId) {}

  @Context UriInfo uris;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body) {
    QuizView quiz = quizzes.create(body);
    return Response.created(uris.getAbsolutePathBuilder().path(String.valueOf(quiz.id())).build())
        .entity(Ok.of(json(quiz)))
        .build();
  }

  @GET
  public Ok<List<JsonObject>> list() {
    return Ok.of(quizzes.list().stream().map(QuizResource::json).toList());
  }

  @GET
  @Path("/{id}")
  public Ok<JsonObject> get(@PathParam("id") String id) {
    return Ok.of(json(quizzes.get(quizId(id))));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<JsonObject> update(@PathParam("id") String id, String body) {
    return Ok.of(json(quizzes.update(quizId(id), body)));
  }

  @DELETE
  @Path("/{id}")
  public Ok<Map<String, Object>> delete(@PathParam("id") String id) {
    long quizId = quizId(id);
    quizzes.delete(quizId);
    return Ok.of(Map.of("id", quizId, "deleted", true));
  }

  /** Queues a grading job: grade (or regrade) an upload's readings against the current key. */
  @POST
  @Path("/{id}/grade")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response grade(@PathParam("id") String id, GradeRequest body) {
    if (body == null || body.jobId() == null) {
      throw ServiceException.invalid("INVALID_BODY", "Send {\"job_id\": \"<upload job id>\"}");
    }
    UploadReceipt receipt = grading.submit(quizId(id), JobResource.jobId(body.jobId()));
    String url = "/api/v1/jobs/" + receipt.jobId();
    return Response.accepted()
        .location(uris.getBaseUriBuilder().path("jobs").path(receipt.jobId().toString()).build())
        .entity(
            new UploadResource.Accepted(
                true,
                receipt.jobId().toString(),
                "queued",
                "Grading queued for " + receipt.totalImages() + " sheet(s).",
                new UploadResource.Data(receipt.totalImages(), url, receipt.estimatedTime())))
        .build();
  }

  /**
   * One page of submissions: {@code data} stays the array it always was, and the page's place sits
   * beside it, so a client that reads {@code data} keeps working (on the first page).
   */
  public record SubmissionList(
      boolean success, List<SubmissionView> data, int page, int perPage, long total, int pages) {}

  @GET
  @Path("/{id}/submissions")
  public SubmissionList submissions(
      @PathParam("id") String id,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("per_page") @DefaultValue("" + SubmissionPage.DEFAULT_PER_PAGE) String perPage,
      @QueryParam("sort") @DefaultValue("id") String sort,
      @QueryParam("order") @DefaultValue("asc") String order) {
    SubmissionOrder by =
        SubmissionOrder.fromWire(sort)
            .orElseThrow(
                () ->
                    ServiceException.invalid(
                        "INVALID_SORT",
                        "sort must be one of "
                            + Arrays.stream(SubmissionOrder.values())
                                .map(SubmissionOrder::wire)
                                .collect(Collectors.joining(", "))));
    if (!order.equals("asc") && !order.equals("desc")) {
      throw ServiceException.invalid("INVALID_ORDER", "order must be asc or desc");
    }
    SubmissionPage result =
        submissions.page(
            quizId(id),
            JobResource.number(page, "INVALID_PAGE"),
            JobResource.number(perPage, "INVALID_PER_PAGE"),
            by,
            order.equals("desc"));
    return new SubmissionList(
        true, result.items(), result.page(), result.perPage(), result.total(), result.pages());
  }

  @GET
  @Path("/{id}/results.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("id") String id) {
    long quizId = quizId(id);
    return Response.ok(submissions.csv(quizId), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"quiz-" + quizId + "-results.csv\"")
        .build();
  }

  @GET
  @Path("/{id}/stats")
  public Ok<Map<String, Object>> stats(@PathParam("id") String id) {
    QuizStatistics.Figures figures = statistics.of(quizId(id));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("quiz_id", figures.quizId());
    data.put("submissions", figures.submissions());
    data.put("mean_score", figures.meanScore());
    data.put("max_score", figures.maxScore());
    data.put("to_review", figures.toReview());
    data.put("jobs", figures.jobs());
    data.put("questions", QuestionStats.asMaps(figures.questions()));
    data.put("histogram", figures.histogram());
    return Ok.of(data);
  }

  /** The answers waiting for a teacher, grouped; {@code ?job_id=} limits to one upload. */
  @GET
  @Path("/{id}/review")
  public Ok<ReviewQueue> review(@PathParam("id") String id, @QueryParam("job_id") String jobId) {
    return Ok.of(reviews.queue(quizId(id), optionalJob(jobId)));
  }

  /** One decision for a list of answers, all or nothing. */
  public record Decision(List<AnswerRef> answers, Boolean correct, Double points, String text) {}

  @POST
  @Path("/{id}/review/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<DecisionResult> decide(@PathParam("id") String id, Decision body) {
    if (body == null) {
      throw ServiceException.invalid(
          "EMPTY_DECISION", "Send {\"answers\": [{\"submission_id\", \"q\"}], \"correct\"}");
    }
    return Ok.of(
        reviews.decide(
            quizId(id),
            body.answers(),
            new TeacherDecision(body.correct(), body.points(), body.text())));
  }

  /** Every marked sheet of the quiz, one PNG each, in a ZIP. */
  @GET
  @Path("/{id}/marked.zip")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  public Response markedZip(@PathParam("id") String id, @QueryParam("job_id") String jobId) {
    long quizId = quizId(id);
    List<MarkedSheets.BundleEntry> entries = marked.bundle(quizId, optionalJob(jobId));
    StreamingOutput zip =
        out -> {
          try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.NO_COMPRESSION); // PNG is compressed already
            for (MarkedSheets.BundleEntry e : entries) {
              z.putNextEntry(new ZipEntry(e.filename()));
              z.write(ImageEncoding.png(marked.markedImage(e.submissionId())));
              z.closeEntry();
            }
          }
        };
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"quiz-" + quizId + "-marked.zip\"")
        .build();
  }

  /** Every marked sheet of the quiz, one A4 page each, in a PDF. */
  @GET
  @Path("/{id}/marked.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response markedPdf(@PathParam("id") String id, @QueryParam("job_id") String jobId) {
    long quizId = quizId(id);
    List<MarkedSheets.BundleEntry> entries = marked.bundle(quizId, optionalJob(jobId));
    StreamingOutput pdf =
        out -> {
          try (ImagePdf document = new ImagePdf(out)) {
            for (MarkedSheets.BundleEntry e : entries) {
              BufferedImage sheet = marked.markedImage(e.submissionId());
              document.addJpegPage(
                  ImageEncoding.jpeg(sheet, 0.85f), sheet.getWidth(), sheet.getHeight(), false);
            }
          }
        };
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"quiz-" + quizId + "-marked.pdf\"")
        .build();
  }

  private static UUID optionalJob(String jobId) {
    return jobId == null || jobId.isBlank() ? null : JobResource.jobId(jobId);
  }

  /** An id that is not a number names no quiz: the same 404 as an unknown one. */
  public static long quizId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ServiceException.notFound("QUIZ_NOT_FOUND", "No quiz " + id);
    }
  }

  static JsonObject json(QuizView q) {
    JsonObjectBuilder b =
        Jsonp.createObjectBuilder()
            .add("id", q.id())
            .add("title", q.title())
            .add("version", q.version())
            .add("questions", q.key().getJsonArray("questions"))
            .add("created_at", Times.iso(q.createdAt()))
            .add("updated_at", Times.iso(q.updatedAt()));
    return b.build();
  }
}
