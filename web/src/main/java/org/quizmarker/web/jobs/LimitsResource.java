package org.quizmarker.web.jobs;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.quizmarker.jobs.UploadLimits;
import org.quizmarker.ocr.ImageFormat;
import org.quizmarker.web.api.Ok;
import org.quizmarker.web.users.Public;

/**
 * {@code GET /api/v1/limits}: what an upload may contain, so a page can check files before sending
 * them. Public: the limits are no secret and the sign-in page may show them.
 */
@Path("/limits")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class LimitsResource {

  /** The types are those the server recognises by content (PNG, JPEG, TIFF). */
  public record Limits(
      int maxFiles,
      long maxFileBytes,
      long maxRequestBytes,
      long maxPixels,
      List<String> acceptedTypes,
      List<String> acceptedExtensions) {}

  private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".tif", ".tiff");

  @Inject UploadLimits limits;

  @GET
  public Ok<Limits> limits() {
    return Ok.of(
        new Limits(
            limits.maxFiles(),
            limits.maxFileBytes(),
            limits.maxRequestBytes(),
            limits.maxPixels(),
            Arrays.stream(ImageFormat.values()).map(ImageFormat::mimeType).toList(),
            EXTENSIONS));
  }
}
