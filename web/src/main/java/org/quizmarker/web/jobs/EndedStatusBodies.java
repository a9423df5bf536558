package org.quizmarker.web.jobs;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.quizmarker.jobs.JobDetails;
import org.quizmarker.web.api.JsonConfig;
import org.quizmarker.web.api.Ok;

/**
 * The status answers of ended jobs, tag and JSON bytes, made once per details object. An ended
 * job's details come from the ended-job cache as the same object until its marks change or the
 * entry expires, so pollers get bytes written once instead of a digest of the result and a JSON
 * serialisation per request. Keys are weak and compared by identity: details made anew (marks
 * changed, entry expired) are rendered anew, and nothing outlives the ended-job cache's entry.
 */
@ApplicationScoped
public class EndedStatusBodies {
  static final long MAX_ENTRIES = 2_000;

  /** A status answer ready to send. */
  public record Rendered(String tag, byte[] json) {}

  private final Cache<JobDetails, Rendered> rendered =
      Caffeine.newBuilder()
          .weakKeys()
          .maximumSize(MAX_ENTRIES)
          // Upkeep on the calling thread: no unmanaged pool threads inside the server.
          .executor(Runnable::run)
          .build();
  private final Function<Object, String> toJson;

  public EndedStatusBodies() {
    this(JsonConfig.JSONB::toJson);
  }

  EndedStatusBodies(Function<Object, String> toJson) {
    this.toJson = toJson;
  }

  /** The answer for an ended job's details. */
  public Rendered of(JobDetails details) {
    return rendered.get(details, this::render);
  }

  private Rendered render(JobDetails details) {
    String json = toJson.apply(Ok.of(JobJson.of(details.snapshot(), details.result())));
    return new Rendered(
        StatusTags.of(details.snapshot(), details.result()), json.getBytes(StandardCharsets.UTF_8));
  }
}
