package org.quizmarker.platform;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;

/**
 * Reads one JSON value from a request body, strictly: nothing but whitespace after it, and no
 * deeper than {@link #MAX_DEPTH} levels. The depth is checked on the token stream before any value
 * is built, so a body nested thousands deep costs one linear scan, not a deep recursion.
 */
public final class StrictJson {

  /** Far deeper than any body of the API, far shallower than what could exhaust a stack. */
  public static final int MAX_DEPTH = 32;

  private StrictJson() {}

  /** Why a body was refused; the message says where, for the client. */
  public static final class InvalidJsonException extends RuntimeException {
    private final String code;

    InvalidJsonException(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    /** {@code INVALID_JSON} or {@code JSON_TOO_DEEP}. */
    public String code() {
      return code;
    }
  }

  /** The value in {@code json} (UTF-8, or UTF-16/32 as detected). */
  public static JsonValue parse(byte[] json) {
    checkStructure(json);
    try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(json))) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw invalid(e);
    }
  }

  private static void checkStructure(byte[] json) {
    try (JsonParser parser = Jsonp.createParser(new ByteArrayInputStream(json))) {
      if (!parser.hasNext()) {
        throw new InvalidJsonException("INVALID_JSON", "The body is empty; send a JSON value");
      }
      int depth = 0;
      do {
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw new InvalidJsonException(
                  "JSON_TOO_DEEP", "The JSON body is nested deeper than " + MAX_DEPTH + " levels");
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME, VALUE_STRING -> {
            // PostgreSQL cannot store U+0000 in text, and no form needs it: refuse it here once
            // rather than as a database error wherever a string is kept
            if (parser.getString().indexOf('\u0000') >= 0) {
              throw new InvalidJsonException(
                  "INVALID_CHARACTER", "Text in the body may not contain the NUL character");
            }
          }
          default -> {
            // scalars and keys change no depth
          }
        }
      } while (depth > 0);
      if (parser.hasNext()) {
        throw new InvalidJsonException("INVALID_JSON", "The body has content after its JSON value");
      }
    } catch (JsonException | IllegalStateException e) {
      throw invalid(e);
    }
  }

  private static InvalidJsonException invalid(RuntimeException e) {
    String detail = e.getMessage() == null ? "malformed" : e.getMessage();
    return new InvalidJsonException(
        "INVALID_JSON",
        "The body is not valid JSON: " + detail.substring(0, Math.min(200, detail.length())));
  }
}
