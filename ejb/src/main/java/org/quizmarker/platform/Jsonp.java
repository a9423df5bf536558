package org.quizmarker.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;

/**
 * {@link jakarta.json.Json}'s factory methods on one provider looked up once. Each of {@code
 * Json}'s own calls looks the provider up again ({@code JsonProvider.provider()}: a {@code
 * ServiceLoader} scan of the deployment's jars), which was most of the cost of a job's result and a
 * quiz's key (issue 10: 10 builders per ended job's status, a key parsed per request).
 */
public final class Jsonp {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsonp() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonObjectBuilder createObjectBuilder(JsonObject object) {
    return PROVIDER.createObjectBuilder(object);
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonReader createReader(InputStream in) {
    return PROVIDER.createReader(in);
  }

  public static JsonParser createParser(InputStream in) {
    return PROVIDER.createParser(in);
  }

  public static JsonWriter createWriter(Writer writer) {
    return PROVIDER.createWriter(writer);
  }
}
