package org.quizmarker.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quizmarker.admin.ActivitySeries;
import org.quizmarker.admin.AdminService;
import org.quizmarker.admin.ImageRetention;
import org.quizmarker.admin.JobAdminService;
import org.quizmarker.jobs.JobPage;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.platform.Jsonp;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.quizzes.JobSheets;
import org.quizmarker.quizzes.SheetItem;
import org.quizmarker.users.AppUser;
import org.quizmarker.web.api.Ok;
import org.quizmarker.web.api.Times;
import org.quizmarker.web.jobs.JobJson;
import org.quizmarker.web.jobs.JobResource;

/**
 * The admin's view of the whole system: {@code GET /api/v1/admin/overview} (jobs by status, stored
 * images, queues, cache), {@code GET /admin/jobs} (jobs of all users), {@code POST
 * /admin/jobs/{id}/retry} (failed images back to the workers) and {@code POST /admin/cleanup}
 * (stored images of old jobs deleted).
 */
@Path("/admin")
@RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject AdminService admin;
  @Inject JobAdminService jobs;
  @Inject ImageRetention retention;
  @Inject JobSheets sheets;

  /** A job of any user, with its owner. */
  public record OwnedJob(long ownerId, JobJson job) {}

  /** A job of any user with its items. */
  public record OwnedJobDetails(long ownerId, JobJson job, List<SheetItem> items) {}

  public record JobList(List<OwnedJob> jobs, int page, int perPage, long total, int pages) {}

  @GET
  @Path("/overview")
  public Ok<Map<String, Object>> overview() {
    return Ok.of(admin.overview());
  }

  /** The console's charts: one point per minute. */
  public record Series(int bucketSeconds, List<ActivitySeries.Point> points) {}

  /** Images ended per minute over the last {@code minutes} (default 60, at most a day). */
  @GET
  @Path("/timeseries")
  public Ok<Series> timeseries(@QueryParam("minutes") @DefaultValue("60") String minutes) {
    return Ok.of(
        new Series(
            ActivitySeries.BUCKET_SECONDS,
            admin.activity(JobResource.number(minutes, "INVALID_MINUTES"))));
  }

  @GET
  @Path("/jobs")
  public Ok<JobList> jobs(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("per_page") @DefaultValue("20") String perPage) {
    JobStatus s = JobResource.statusFilter(status);
    JobPage result =
        jobs.jobs(
            s,
            JobResource.number(page, "INVALID_PAGE"),
            JobResource.number(perPage, "INVALID_PER_PAGE"));
    return Ok.of(
        new JobList(
            result.items().stream()
                .map(j -> new OwnedJob(j.ownerId(), JobJson.of(j, null)))
                .toList(),
            result.page(),
            result.perPage(),
            result.total(),
            result.pages()));
  }

  /** Any user's job with its owner and its items (without what was read). */
  @GET
  @Path("/jobs/{id}")
  public Ok<OwnedJobDetails> job(@PathParam("id") String id) {
    UUID jobId = JobResource.jobId(id);
    JobSnapshot job = jobs.job(jobId);
    return Ok.of(
        new OwnedJobDetails(job.ownerId(), JobJson.of(job, null), sheets.itemsOfAnyJob(jobId)));
  }

  /** Cancels any user's job (409 once it has ended). */
  @RolesAllowed(AppUser.ROLE_ADMIN)
  @DELETE
  @Path("/jobs/{id}")
  public Ok<OwnedJob> cancel(@PathParam("id") String id) {
    JobSnapshot job = jobs.cancel(JobResource.jobId(id));
    return Ok.of(new OwnedJob(job.ownerId(), JobJson.of(job, null)));
  }

  /** 202: the job's failed images are queued again; follow it at {@code /api/v1/jobs/{id}}. */
  @RolesAllowed(AppUser.ROLE_ADMIN)
  @POST
  @Path("/jobs/{id}/retry")
  public Response retry(@PathParam("id") String id) {
    JobSnapshot job = jobs.retry(JobResource.jobId(id));
    return Response.accepted()
        .location(URI.create("/api/v1/jobs/" + job.jobId()))
        .entity(Ok.of(new OwnedJob(job.ownerId(), JobJson.of(job, null))))
        .build();
  }

  /**
   * Deletes the stored images of jobs ended more than {@code older_than_days} days ago (body
   * optional; the configured retention when absent). Results and marks stay.
   */
  @RolesAllowed(AppUser.ROLE_ADMIN)
  @POST
  @Path("/cleanup")
  public Ok<Map<String, Object>> cleanup(String body) {
    int days = olderThanDays(body);
    JobAdminService.ImageCleanup done = jobs.deleteImagesOlderThan(days);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("older_than_days", days);
    data.put("cutoff", Times.iso(done.cutoff()));
    data.put("deleted_images", done.deletedImages());
    return Ok.of(data);
  }

  private int olderThanDays(String body) {
    if (body == null || body.isBlank()) {
      return Math.max(0, retention.retentionDays());
    }
    JsonObject o;
    try {
      o = Jsonp.createReader(new StringReader(body)).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ServiceException.invalid(
          "INVALID_BODY", "Send {\"older_than_days\": <days>} or nothing");
    }
    JsonValue v = o.get("older_than_days");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return Math.max(0, retention.retentionDays());
    }
    if (!(v instanceof JsonNumber n)
        || !n.isIntegral()
        || n.longValue() < 0
        || n.longValue() > 36500) {
      throw ServiceException.invalid(
          "INVALID_DAYS", "older_than_days must be a whole number of days from 0 to 36500");
    }
    return n.intValue();
  }
}
