package org.quizmarker.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.quizmarker.jobs.ItemImage;

/**
 * Answers with an image and its tag, and with 304 when the browser's copy is current. A stored
 * image (or a crop of it) never changes under its tag, so the browser keeps it for a day; a marked
 * sheet changes with every decision, so the browser asks again each time.
 */
public final class ImageResponses {
  private ImageResponses() {}

  public static Response of(Request request, ItemImage image, String disposition) {
    return of(request, image, disposition, true);
  }

  public static Response of(
      Request request, ItemImage image, String disposition, boolean immutable) {
    EntityTag tag = new EntityTag(image.etag());
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoTransform(false);
    if (immutable) {
      cache.setMaxAge(86400);
    } else {
      cache.setNoCache(true);
    }
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.cacheControl(cache).tag(tag).build();
    }
    Response.ResponseBuilder b =
        Response.ok(image.bytes(), image.mediaType()).cacheControl(cache).tag(tag);
    if (disposition != null) {
      b.header("Content-Disposition", disposition);
    }
    return b.build();
  }

  /** A {@code Content-Disposition} value with a file name safe in a quoted header. */
  public static String disposition(boolean attachment, String filename) {
    String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
    return (attachment ? "attachment" : "inline") + "; filename=\"" + safe + "\"";
  }
}
