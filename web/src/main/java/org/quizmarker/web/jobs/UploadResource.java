package org.quizmarker.web.jobs;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.JobService;
import org.quizmarker.jobs.UploadLimits;
import org.quizmarker.jobs.UploadReceipt;
import org.quizmarker.jobs.UploadedFile;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;

/**
 * {@code POST /api/v1/upload}: multipart {@code files[]} parts and an optional {@code quiz_id}.
 * Answers 202 at once with the job to follow; the reading happens in the background.
 */
@Path("/upload")
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {
  private static final Logger LOG = Logger.getLogger(UploadResource.class);
  private static final Type PARTS = new GenericType<List<EntityPart>>() {}.getType();
  private static final Annotation[] NONE = new Annotation[0];

  /** The prototype's answer, with {@code job_id}, {@code status} and {@code message} on top. */
  public record Accepted(boolean success, String jobId, String status, String message, Data data) {}

  public record Data(int totalImages, String jobStatusUrl, String estimatedTime) {}

  @Inject JobService jobs;
  @Inject UploadLimits limits;
  @Context Providers providers;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;
  @Context UriInfo uris;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(InputStream body) {
    List<EntityPart> parts = readParts(body);
    List<java.nio.file.Path> spooled = new ArrayList<>();
    try {
      return accept(parts, spooled);
    } finally {
      for (java.nio.file.Path file : spooled) {
        deleteQuietly(file);
      }
    }
  }

  private Response accept(List<EntityPart> parts, List<java.nio.file.Path> spooled) {
    List<UploadedFile> files = new ArrayList<>();
    Long quizId = null;
    for (EntityPart part : parts) {
      String name = part.getName();
      if (name == null) {
        // e.g. a nested multipart/mixed part: a form-data part always has a name
        throw ServiceException.invalid(
            "MALFORMED_MULTIPART", "Every part needs Content-Disposition: form-data with a name");
      }
      switch (name) {
        case "files[]", "files", "file" -> {
          if (files.size() >= limits.maxFiles()) {
            throw ServiceException.invalid(
                "TOO_MANY_FILES", "Too many files: at most " + limits.maxFiles() + " per upload");
          }
          files.add(spool(part, spooled));
        }
        case "quiz_id" -> quizId = quizId(part);
        default -> {
          // Unknown form fields are ignored, as the prototype did.
        }
      }
    }
    UploadReceipt receipt = jobs.submitUpload(files, quizId);
    String url = "/api/v1/jobs/" + receipt.jobId();
    int n = receipt.totalImages();
    return Response.accepted()
        .location(uris.getBaseUriBuilder().path("jobs").path(receipt.jobId().toString()).build())
        .entity(
            new Accepted(
                true,
                receipt.jobId().toString(),
                "queued",
                "Upload successful. Processing "
                    + n
                    + (n == 1 ? " image" : " images")
                    + " in background.",
                new Data(n, url, receipt.estimatedTime())))
        .build();
  }

  /** Any other body is not an upload. */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response notMultipart() {
    throw new ServiceException(
        Kind.UNSUPPORTED_TYPE,
        "NOT_MULTIPART",
        "Upload as multipart/form-data with one or more 'files[]' parts");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<EntityPart> readParts(InputStream body) {
    MediaType type = headers.getMediaType();
    String boundary = type == null ? null : type.getParameters().get("boundary");
    if (boundary == null || boundary.isBlank()) {
      throw ServiceException.invalid(
          "MALFORMED_MULTIPART", "The multipart Content-Type has no boundary parameter");
    }
    MultipartTail tail = new MultipartTail(body);
    List<EntityPart> parts;
    try {
      MessageBodyReader<List> reader =
          providers.getMessageBodyReader(List.class, PARTS, NONE, type);
      parts =
          (List<EntityPart>)
              reader.readFrom(List.class, PARTS, NONE, type, headers.getRequestHeaders(), tail);
      if (tail.endsWithClosingDelimiter(boundary)) {
        return parts;
      }
    } catch (IOException | RuntimeException e) {
      throw refusedBody();
    }
    throw ServiceException.invalid(
        "MALFORMED_MULTIPART", "The multipart body is truncated (no closing boundary)");
  }

  /**
   * Copies a file part to a file of its own (refusing it past the size limit), so that the service
   * reads one file at a time and the heap does not grow with the size of an upload.
   */
  private UploadedFile spool(EntityPart part, List<java.nio.file.Path> spooled) {
    long max = limits.maxFileBytes();
    String name = part.getFileName().orElse("image");
    try (InputStream in = part.getContent()) {
      java.nio.file.Path file = Files.createTempFile(spoolDir(), "upload-", ".part");
      spooled.add(file);
      long size;
      try (OutputStream out = Files.newOutputStream(file)) {
        size = in.transferTo(new LimitedOutputStream(out, max, name));
      }
      return new UploadedFile(name, size, () -> Files.newInputStream(file));
    } catch (IOException e) {
      throw refusedBody();
    }
  }

  private static java.nio.file.Path spoolDir() throws IOException {
    String serverTemp = System.getProperty("jboss.server.temp.dir");
    java.nio.file.Path dir =
        serverTemp == null
            ? java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "quizmarker-uploads")
            : java.nio.file.Path.of(serverTemp, "quizmarker-uploads");
    return Files.createDirectories(dir);
  }

  private static void deleteQuietly(java.nio.file.Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warnf("Spooled upload file %s could not be deleted: %s", file, e.getMessage());
    }
  }

  /** Refuses a file part past the limit as soon as it passes it, before it is read further. */
  private static final class LimitedOutputStream extends FilterOutputStream {
    private final long max;
    private final String name;
    private long written;

    LimitedOutputStream(OutputStream out, long max, String name) {
      super(out);
      this.max = max;
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
    }

    private void count(int n) {
      written += n;
      if (written > max) {
        throw new ServiceException(
            Kind.TOO_LARGE,
            "FILE_TOO_LARGE",
            "File '" + name + "' is larger than the limit of " + max + " bytes");
      }
    }
  }

  private Long quizId(EntityPart part) {
    String value;
    try (InputStream in = part.getContent()) {
      value = new String(in.readNBytes(64), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw refusedBody();
    }
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(
          "INVALID_QUIZ_ID", "quiz_id must be a number, got '" + value + "'");
    }
  }

  private ServiceException refusedBody() {
    if (Boolean.TRUE.equals(request.getAttribute(RequestSizeFilter.TOO_LARGE))) {
      return new ServiceException(
          Kind.TOO_LARGE,
          "REQUEST_TOO_LARGE",
          "Request body exceeds the limit of " + limits.maxRequestBytes() + " bytes");
    }
    return ServiceException.invalid(
        "MALFORMED_MULTIPART", "The multipart body could not be read (malformed or truncated)");
  }
}
