package org.quizmarker.grading;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Every reader's reading of an answer as stored: {@code [{"engine": "tesseract", "text": "Paris",
 * "confidence": 91.2}, ...]}.
 */
public final class ReaderTextsJson {

  private ReaderTextsJson() {}

  public static JsonArray toJson(List<ReaderText> readings) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (ReaderText r : readings) {
      array.add(
          Json.createObjectBuilder()
              .add("engine", r.engine())
              .add("text", r.text())
              .add("confidence", Math.round(r.confidence() * 10) / 10.0));
    }
    return array.build();
  }

  /** The JSON text, or null for no readings. */
  public static String write(List<ReaderText> readings) {
    return readings == null || readings.isEmpty() ? null : toJson(readings).toString();
  }

  public static List<ReaderText> fromJson(JsonArray array) {
    List<ReaderText> readings = new ArrayList<>();
    for (JsonValue v : array) {
      JsonObject o = v.asJsonObject();
      readings.add(
          new ReaderText(
              o.getString("engine"),
              o.getString("text", ""),
              o.getJsonNumber("confidence").doubleValue()));
    }
    return readings;
  }

  /** What {@link #write} stored; empty for null or blank. */
  public static List<ReaderText> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    return fromJson(Json.createReader(new StringReader(json)).readArray());
  }
}
