package org.quizmarker.web.api;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;
import org.quizmarker.platform.StrictJson;

/**
 * Reads every JSON request body that maps to a record (sign-in, users, tokens, decisions…)
 * strictly: at most {@value #MAX_BODY_BYTES} bytes, one JSON value with nothing after it, nested no
 * deeper than {@link StrictJson#MAX_DEPTH}, each field of its declared type ({@link JsonShape});
 * only then does JSON-B convert it. An empty body or {@code null} reads as {@code null}, which each
 * resource answers with its own 400.
 */
@Provider
@Priority(Priorities.USER)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

  /** Far above any record body (1000 review answers is ~40 KB), far below a memory concern. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ServiceException(
          Kind.TOO_LARGE,
          "REQUEST_TOO_LARGE",
          "A JSON body may have at most " + MAX_BODY_BYTES + " bytes");
    }
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    JsonValue value;
    try {
      value = StrictJson.parse(body);
    } catch (StrictJson.InvalidJsonException e) {
      throw ServiceException.invalid(e.code(), e.getMessage());
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    JsonShape.check(value, type, "");
    return JsonConfig.JSONB.fromJson(value.toString(), genericType);
  }
}
