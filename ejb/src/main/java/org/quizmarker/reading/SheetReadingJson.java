package org.quizmarker.reading;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.ReaderTextsJson;
import org.quizmarker.platform.Jsonp;

/**
 * The structured reading of a sheet as stored with its image and shown in a job's result: student
 * fields, the numbered answers with their confidence, and (kept for review and regrading) each
 * answer's box on the image, every reader's reading of it, and the lines that could not be parsed.
 */
public final class SheetReadingJson {
  private SheetReadingJson() {}

  public static String write(ParsedSheet sheet) {
    JsonObjectBuilder o = Jsonp.createObjectBuilder();
    addNullable(o, "student_name", sheet.studentName());
    addNullable(o, "student_id", sheet.studentId());
    addNullable(o, "quiz_title", sheet.quizTitle());
    JsonArrayBuilder answers = Jsonp.createArrayBuilder();
    for (ParsedAnswer a : sheet.answers()) {
      JsonObjectBuilder answer =
          Jsonp.createObjectBuilder()
              .add("q", a.q())
              .add("text", a.text())
              .add("confidence", Math.round(a.confidence() * 10) / 10.0);
      if (a.numberInDoubt()) {
        answer.add("number_in_doubt", true);
      }
      if (!a.readings().isEmpty()) {
        answer.add("readings", ReaderTextsJson.toJson(a.readings()));
      }
      Box b = a.box();
      if (b != null) {
        answer.add(
            "box", Jsonp.createArrayBuilder().add(b.x()).add(b.y()).add(b.width()).add(b.height()));
      }
      answers.add(answer);
    }
    o.add("answers", answers);
    JsonArrayBuilder unparsed = Jsonp.createArrayBuilder();
    sheet.unparsedLines().forEach(unparsed::add);
    o.add("unparsed_lines", unparsed);
    return o.build().toString();
  }

  /** Reads back what {@link #write} stored (for grading again without OCR). */
  public static ParsedSheet read(String json) {
    JsonObject o = Jsonp.createReader(new StringReader(json)).readObject();
    List<ParsedAnswer> answers = new ArrayList<>();
    int index = 0;
    for (var v : o.getJsonArray("answers")) {
      JsonObject a = v.asJsonObject();
      Box box = null;
      if (a.containsKey("box")) {
        var b = a.getJsonArray("box");
        box = new Box(b.getInt(0), b.getInt(1), b.getInt(2), b.getInt(3));
      }
      answers.add(
          new ParsedAnswer(
              a.getInt("q"),
              a.getString("text"),
              a.getJsonNumber("confidence").doubleValue(),
              index++,
              box,
              a.getBoolean("number_in_doubt", false),
              a.containsKey("readings")
                  ? ReaderTextsJson.fromJson(a.getJsonArray("readings"))
                  : List.of()));
    }
    List<String> unparsed = new ArrayList<>();
    if (o.containsKey("unparsed_lines")) {
      o.getJsonArray("unparsed_lines")
          .getValuesAs(jakarta.json.JsonString.class)
          .forEach(s -> unparsed.add(s.getString()));
    }
    return new ParsedSheet(
        string(o, "quiz_title"),
        string(o, "student_name"),
        string(o, "student_id"),
        answers,
        unparsed);
  }

  private static String string(JsonObject o, String key) {
    return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
  }

  private static void addNullable(JsonObjectBuilder o, String key, String value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }
}
