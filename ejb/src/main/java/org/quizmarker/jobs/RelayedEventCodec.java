package org.quizmarker.jobs;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quizmarker.platform.Jsonp;

/**
 * The wire form of a {@link RelayedEvent}: a small JSON object, the snapshot in the same fields as
 * the progress cache's hash ({@link RedisProgressCache#fields}), so both stay one format.
 */
final class RelayedEventCodec {
  private RelayedEventCodec() {}

  static String encode(RelayedEvent event) {
    JsonObjectBuilder json = Jsonp.createObjectBuilder().add("origin", event.origin());
    if (event instanceof RelayedEvent.Progress p) {
      JsonObjectBuilder fields = Jsonp.createObjectBuilder();
      RedisProgressCache.fields(p.snapshot()).forEach(fields::add);
      fields.add("revision", Long.toString(p.snapshot().revision()));
      json.add("kind", "progress")
          .add("job", p.snapshot().jobId().toString())
          .add("fields", fields);
    } else {
      json.add("kind", "marks");
    }
    return json.build().toString();
  }

  /** The event, or empty for a message this version does not understand. */
  static Optional<RelayedEvent> decode(String message) {
    try (var reader = Jsonp.createReader(new StringReader(message))) {
      JsonObject json = reader.readObject();
      String origin = json.getString("origin");
      return switch (json.getString("kind")) {
        case "marks" -> Optional.of(new RelayedEvent.Marks(origin));
        case "progress" -> {
          Map<String, String> fields = new HashMap<>();
          json.getJsonObject("fields")
              .forEach((k, v) -> fields.put(k, ((JsonString) v).getString()));
          yield Optional.of(
              new RelayedEvent.Progress(
                  origin, RedisProgressCache.read(UUID.fromString(json.getString("job")), fields)));
        }
        default -> Optional.empty();
      };
    } catch (JsonException e) {
      return Optional.empty();
    } catch (RuntimeException e) { // a field missing or malformed: parsing it threw
      return Optional.empty();
    }
  }
}
