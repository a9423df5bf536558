package org.quizmarker.web.jobs;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.quizmarker.jobs.ImageResult;
import org.quizmarker.jobs.JobPage;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.web.api.Ok;

/**
 * Entity tags for job status, so that pollers get a body-less 304 while nothing changed. A job's
 * revision is bumped on every change of its state; an ended job's result can still change without
 * one (an override, a regrade), so the result's content is part of its tag. Tags are weak: the same
 * revision may be served from the progress cache or the database with timestamps of different
 * precision, which is the same state.
 */
public final class StatusTags {
  private StatusTags() {}

  /** The tag (its value) of one job's status answer. */
  public static String of(JobSnapshot job, List<ImageResult> result) {
    String tag = job.revision() + "-" + job.status().wire();
    if (result != null) {
      tag += "-" + Long.toHexString(digest(result.toString()));
    }
    return tag;
  }

  /** The tag (its value) of one job list page: which jobs, at which revisions, out of how many. */
  public static String of(JobPage page) {
    StringBuilder b = new StringBuilder();
    b.append(page.page()).append('/').append(page.perPage()).append('/').append(page.total());
    for (JobSnapshot j : page.items()) {
      b.append(';').append(j.jobId()).append(':').append(j.revision());
    }
    return "l-" + Long.toHexString(digest(b.toString()));
  }

  /**
   * 304 without a body when the request's {@code If-None-Match} holds {@code tag}, else 200 with
   * the usual envelope around {@code data} (built only then). Either way the client must ask again
   * before reusing its copy.
   */
  public static Response respond(Request request, String tagValue, Supplier<?> data) {
    EntityTag tag = new EntityTag(tagValue, true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.cacheControl(cacheControl()).tag(tag).build();
    }
    return Response.ok(Ok.of(data.get())).cacheControl(cacheControl()).tag(tag).build();
  }

  /** As {@link #respond(Request, String, Supplier)}, with the 200's body already written. */
  public static Response respond(Request request, String tagValue, byte[] json) {
    EntityTag tag = new EntityTag(tagValue, true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.cacheControl(cacheControl()).tag(tag).build();
    }
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        .cacheControl(cacheControl())
        .tag(tag)
        .build();
  }

  private static CacheControl cacheControl() {
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    cache.setNoTransform(false);
    return cache;
  }

  /** 64-bit FNV-1a: stable across nodes and restarts, unlike identity or enum hash codes. */
  static long digest(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
