package org.quizmarker.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;

/**
 * JSON as the prototype wrote it: snake_case names from Java's camelCase, nulls written out ({@code
 * "result": null} until a job has ended), timestamps as ISO-8601 UTC to the second.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {
  /** Also for JSON written outside a response body (event streams). */
  public static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
              .withNullValues(true)
              .withAdapters(new InstantAdapter()));

  /** Timestamps as {@link Times#iso}: ISO-8601 UTC to the second. */
  public static final class InstantAdapter implements JsonbAdapter<Instant, String> {
    @Override
    public String adaptToJson(Instant instant) {
      return Times.iso(instant);
    }

    @Override
    public Instant adaptFromJson(String text) {
      return text == null ? null : Instant.parse(text);
    }
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
