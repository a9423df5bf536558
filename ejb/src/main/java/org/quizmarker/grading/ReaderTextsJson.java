package org.quizmarker.grading;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.quizmarker.platform.Jsonp;

/**
 * Every reader's reading of an answer as stored: {@code [{"engine": "tesseract", "text": "Paris",
 * "confidence": 91.2}, {"engine": "ppocr-v4", ..., "lattice": "AQY...", "key_score": -0.4}]} (the
 * last two only where there are some).
 */
public final class ReaderTextsJson {

  private ReaderTextsJson() {}

  public static JsonArray toJson(List<ReaderText> readings) {
    JsonArrayBuilder array = Jsonp.createArrayBuilder();
    for (ReaderText r : readings) {
      JsonObjectBuilder o =
          Jsonp.createObjectBuilder()
              .add("engine", r.engine())
              .add("text", r.text())
              .add("confidence", Math.round(r.confidence() * 10) / 10.0);
      if (r.keyScore() != null) {
        o.add("key_score", Math.round(r.keyScore() * 10) / 10.0);
      }
      if (r.lattice() != null) {
        o.add("lattice", r.lattice());
      }
      array.add(o);
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
              o.getJsonNumber("confidence").doubleValue(),
              o.getString("lattice", null),
              o.containsKey("key_score") ? o.getJsonNumber("key_score").doubleValue() : null));
    }
    return readings;
  }

  /** What {@link #write} stored; empty for null or blank. */
  public static List<ReaderText> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    return fromJson(Jsonp.createReader(new StringReader(json)).readArray());
  }
}
