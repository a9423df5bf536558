package org.quizmarker.quizzes;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quizmarker.grading.Box;

/**
 * Reads the answers' places out of a stored reading (the JSON kept with each image): the box of
 * each question's answer and, where the reading kept them, the readers' texts. Tolerant by design:
 * a box as {@code [x, y, w, h]} or {@code {"x","y","width","height"}}, readings as {@code
 * [{"engine","text","confidence"}]}; anything else is simply absent, so a crop is never made from a
 * reading it does not understand. The first answer of a question number counts, as in grading.
 */
public final class StoredReadingPlaces {
  private StoredReadingPlaces() {}

  /** The places by question number; empty for a null, blank or unreadable reading. */
  public static Map<Integer, AnswerPlace> read(String readingJson) {
    Map<Integer, AnswerPlace> places = new HashMap<>();
    if (readingJson == null || readingJson.isBlank()) {
      return places;
    }
    JsonObject reading;
    try (JsonReader r = Json.createReader(new StringReader(readingJson))) {
      reading = r.readObject();
    } catch (RuntimeException e) {
      return places;
    }
    if (!(reading.get("answers") instanceof JsonArray answers)) {
      return places;
    }
    for (JsonValue v : answers) {
      if (!(v instanceof JsonObject a) || !(a.get("q") instanceof JsonNumber q)) {
        continue;
      }
      places.putIfAbsent(q.intValue(), new AnswerPlace(box(a.get("box")), readings(a)));
    }
    return places;
  }

  static Box box(JsonValue v) {
    int x;
    int y;
    int w;
    int h;
    if (v instanceof JsonArray b
        && b.size() == 4
        && b.stream().allMatch(JsonNumber.class::isInstance)) {
      x = b.getInt(0);
      y = b.getInt(1);
      w = b.getInt(2);
      h = b.getInt(3);
    } else if (v instanceof JsonObject b
        && b.get("x") instanceof JsonNumber bx
        && b.get("y") instanceof JsonNumber by
        && b.get("width") instanceof JsonNumber bw
        && b.get("height") instanceof JsonNumber bh) {
      x = bx.intValue();
      y = by.intValue();
      w = bw.intValue();
      h = bh.intValue();
    } else {
      return null;
    }
    return w > 0 && h > 0 && x >= 0 && y >= 0 ? new Box(x, y, w, h) : null;
  }

  private static List<AnswerPlace.Reading> readings(JsonObject answer) {
    List<AnswerPlace.Reading> list = new ArrayList<>();
    if (answer.get("readings") instanceof JsonArray readings) {
      for (JsonValue v : readings) {
        if (v instanceof JsonObject r && r.get("text") instanceof JsonString text) {
          list.add(
              new AnswerPlace.Reading(
                  r.get("engine") instanceof JsonString e ? e.getString() : null,
                  text.getString(),
                  r.get("confidence") instanceof JsonNumber c ? c.doubleValue() : null));
        }
      }
    }
    return list;
  }
}
