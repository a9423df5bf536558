package org.quizmarker.web.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quizmarker.jobs.ImageResult;
import org.quizmarker.jobs.ItemImage;
import org.quizmarker.jobs.JobEventBus;
import org.quizmarker.jobs.JobPage;
import org.quizmarker.jobs.JobService;
import org.quizmarker.jobs.JobStats;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.JobType;
import org.quizmarker.jobs.SheetImages;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.quizzes.JobSheets;
import org.quizmarker.quizzes.SheetItem;
import org.quizmarker.users.CallerPrincipal;
import org.quizmarker.users.UserService;
import org.quizmarker.web.api.ImageResponses;
import org.quizmarker.web.api.Ok;
import org.quizmarker.web.users.SignedIn;

/**
 * The caller's jobs: status, list, stats, result, cancel and a live event stream. One instance for
 * the application: made per request (JAX-RS's default), its injection (six beans and a JNDI lookup
 * of the scheduler) was 18 % of the request threads' CPU in a profile of status polls. It holds no
 * request state; what a request needs comes as a parameter.
 */
@ApplicationScoped
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  public record JobList(List<JobJson> jobs, int page, int perPage, long total, int pages) {}

  @Inject JobService jobs;
  @Inject EndedStatusBodies endedBodies;
  @Inject JobEventBus events;
  @Inject JobSheets sheets;
  @Inject SheetImages images;
  @Inject UserService users;

  @Resource ManagedScheduledExecutorService scheduler;

  /** The caller's jobs, one page; 304 while that page is unchanged (see {@link StatusTags}). */
  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("job_type") String jobType,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("per_page") @DefaultValue("20") String perPage,
      @Context Request request) {
    JobStatus s = statusFilter(status);
    JobType t =
        jobType == null || jobType.isEmpty()
            ? null
            : JobType.fromWire(jobType)
                .orElseThrow(
                    () ->
                        ServiceException.invalid(
                            "INVALID_JOB_TYPE", "job_type must be one of upload, grading"));
    JobPage result =
        jobs.list(s, t, number(page, "INVALID_PAGE"), number(perPage, "INVALID_PER_PAGE"));
    return StatusTags.respond(
        request,
        StatusTags.of(result),
        () ->
            new JobList(
                result.items().stream().map(j -> JobJson.of(j, null)).toList(),
                result.page(),
                result.perPage(),
                result.total(),
                result.pages()));
  }

  @GET
  @Path("/stats")
  public Ok<Map<String, Object>> stats() {
    JobStats stats = jobs.stats();
    Map<String, Object> byStatus = new LinkedHashMap<>();
    stats.byStatus().forEach((k, v) -> byStatus.put(k.wire(), v));
    Map<String, Object> byType = new LinkedHashMap<>();
    stats.byType().forEach((k, v) -> byType.put(k.wire(), v));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("total", stats.total());
    data.put("by_status", byStatus);
    data.put("by_type", byType);
    data.put(
        "mean_processing_seconds",
        stats.meanProcessingSeconds() == null
            ? null
            : Math.round(stats.meanProcessingSeconds() * 1000) / 1000.0);
    return Ok.of(data);
  }

  /** A job's status (and result once ended); 304 while unchanged, for pollers. */
  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id, @Context Request request) {
    var details = jobs.details(jobId(id));
    if (details.snapshot().status().isEnded()) {
      EndedStatusBodies.Rendered body = endedBodies.of(details);
      return StatusTags.respond(request, body.tag(), body.json());
    }
    return StatusTags.respond(
        request,
        StatusTags.of(details.snapshot(), details.result()),
        () -> JobJson.of(details.snapshot(), details.result()));
  }

  @GET
  @Path("/{id}/result")
  public Ok<List<ImageResult>> result(@PathParam("id") String id) {
    return Ok.of(jobs.result(jobId(id)));
  }

  /** The job's items (sheet images) with what was read and how each was marked. */
  @GET
  @Path("/{id}/items")
  public Ok<List<SheetItem>> items(@PathParam("id") String id) {
    return Ok.of(sheets.items(jobId(id), true));
  }

  /**
   * An item's stored image (TIFF as PNG), or with {@code ?width=} a JPEG thumbnail. 404 for other
   * users' jobs, 410 once the retention cleanup deleted it.
   */
  @GET
  @Path("/{id}/items/{itemId}/image")
  @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response image(
      @PathParam("id") String id,
      @PathParam("itemId") String itemId,
      @QueryParam("width") String width,
      @Context Request request) {
    UUID job = jobId(id);
    long item;
    try {
      item = Long.parseLong(itemId);
    } catch (NumberFormatException e) {
      throw ServiceException.notFound("ITEM_NOT_FOUND", "No item " + itemId);
    }
    ItemImage image =
        width == null || width.isBlank()
            ? images.original(job, item)
            : images.thumbnail(job, item, number(width, "INVALID_WIDTH"));
    return ImageResponses.of(request, image, null);
  }

  @DELETE
  @Path("/{id}")
  public Ok<JobJson> cancel(@PathParam("id") String id) {
    return Ok.of(JobJson.of(jobs.cancel(jobId(id)), null));
  }

  @GET
  @Path("/{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(
      @PathParam("id") String id,
      @Context SseEventSink sink,
      @Context Sse sse,
      @Context SecurityContext security) {
    CallerPrincipal principal = SignedIn.principal(security);
    UUID jobId = jobId(id);
    long ownerId = jobs.details(jobId).snapshot().ownerId(); // 404 before the stream opens
    new JobEventStream(
            jobs,
            events,
            scheduler,
            ownerId,
            jobId,
            sink,
            sse,
            () -> users.stillSignedIn(principal))
        .start();
  }

  /** An id that is not a UUID names no job: the same 404 as an unknown one. */
  public static UUID jobId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ServiceException.notFound("JOB_NOT_FOUND", "No job " + id);
    }
  }

  /** A {@code status} query parameter: null when absent, a 400 when not a job status. */
  public static JobStatus statusFilter(String status) {
    return status == null || status.isEmpty()
        ? null
        : JobStatus.fromWire(status)
            .orElseThrow(
                () ->
                    ServiceException.invalid(
                        "INVALID_STATUS",
                        "status must be one of queued, processing, completed, failed, cancelled"));
  }

  /** A whole-number query parameter; a 400 with {@code code} otherwise. */
  public static int number(String value, String code) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(code, "Expected a whole number, got '" + value + "'");
    }
  }
}
