package org.quizmarker.grading;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quizmarker.platform.Jsonp;
import org.quizmarker.platform.StrictJson;

/**
 * Reads and writes answer keys in the JSON shape of the quiz API and the test-sheet key files:
 * {@code {"title", "questions": [{"q", "prompt", "accepted", "points", "type", "tolerance"?}]}}.
 * Reading only checks the shape; {@link KeyValidator} checks the content.
 */
public final class AnswerKeyJson {

  private AnswerKeyJson() {}

  public static AnswerKey read(Reader reader) {
    try {
      return parse(new String(readAll(reader)));
    } catch (IOException e) {
      throw new AnswerKeyFormatException("the answer key could not be read: " + e.getMessage(), e);
    }
  }

  /** Reads UTF-8 (or UTF-16/32, detected) JSON. */
  public static AnswerKey read(InputStream in) {
    try {
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new AnswerKeyFormatException("the answer key could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Strictly: one JSON object, nothing after it, nested no deeper than {@link
   * StrictJson#MAX_DEPTH}.
   */
  public static AnswerKey read(byte[] json) {
    JsonValue value;
    try {
      value = StrictJson.parse(json);
    } catch (StrictJson.InvalidJsonException e) {
      throw new AnswerKeyFormatException(
          "the answer key is not a JSON object: " + e.getMessage(), e);
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new AnswerKeyFormatException("the answer key is not a JSON object");
    }
    return fromJson(value.asJsonObject());
  }

  private static char[] readAll(Reader reader) throws IOException {
    java.io.CharArrayWriter out = new java.io.CharArrayWriter();
    reader.transferTo(out);
    return out.toCharArray();
  }

  public static AnswerKey parse(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The key in {@code object}. {@code prompt} may be missing, {@code points} defaults to 1, an
   * accepted answer may be a JSON number, {@code tolerance} may be missing or null.
   *
   * @throws AnswerKeyFormatException when a field is missing or of the wrong JSON type
   */
  public static AnswerKey fromJson(JsonObject object) {
    String title = optionalString(object, "title", "title");
    JsonValue questionsValue = object.get("questions");
    if (questionsValue == null || questionsValue.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new AnswerKeyFormatException("questions must be an array");
    }
    JsonArray array = questionsValue.asJsonArray();
    List<KeyQuestion> questions = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String where = "questions[" + i + "]";
      JsonValue value = array.get(i);
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new AnswerKeyFormatException(where + " must be an object");
      }
      questions.add(question(value.asJsonObject(), where));
    }
    return new AnswerKey(title, questions);
  }

  private static KeyQuestion question(JsonObject o, String where) {
    JsonNumber qNumber = number(o, "q", where, true);
    if (!qNumber.isIntegral()) {
      throw new AnswerKeyFormatException(where + ".q must be a whole number");
    }
    int q;
    try {
      q = qNumber.intValueExact();
    } catch (ArithmeticException e) {
      throw new AnswerKeyFormatException(where + ".q is out of range", e);
    }
    String prompt = optionalString(o, "prompt", where + ".prompt");
    JsonNumber points = number(o, "points", where, false);
    String typeName = optionalString(o, "type", where + ".type");
    if (typeName == null) {
      throw new AnswerKeyFormatException(
          where + ".type is required (text, number, choice or boolean)");
    }
    QuestionType type =
        QuestionType.fromWireName(typeName)
            .orElseThrow(
                () ->
                    new AnswerKeyFormatException(
                        where
                            + ".type \""
                            + typeName
                            + "\" is unknown (text, number, choice or boolean)"));
    JsonNumber tolerance = number(o, "tolerance", where, false);
    return new KeyQuestion(
        q,
        prompt,
        accepted(o, where),
        points == null ? 1.0 : points.doubleValue(),
        type,
        tolerance == null ? null : tolerance.doubleValue());
  }

  private static List<String> accepted(JsonObject o, String where) {
    JsonValue value = o.get("accepted");
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new AnswerKeyFormatException(where + ".accepted must be an array of strings");
    }
    List<String> accepted = new ArrayList<>();
    JsonArray array = value.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      JsonValue item = array.get(i);
      switch (item.getValueType()) {
        case STRING -> accepted.add(((JsonString) item).getString());
        // A key author writing 0.75 instead of "0.75" means the same answer.
        case NUMBER -> accepted.add(item.toString());
        case TRUE -> accepted.add("True");
        case FALSE -> accepted.add("False");
        default ->
            throw new AnswerKeyFormatException(where + ".accepted[" + i + "] must be a string");
      }
    }
    return accepted;
  }

  private static String optionalString(JsonObject o, String field, String where) {
    JsonValue value = o.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new AnswerKeyFormatException(where + " must be a string");
    }
    return ((JsonString) value).getString();
  }

  private static JsonNumber number(JsonObject o, String field, String where, boolean required) {
    JsonValue value = o.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new AnswerKeyFormatException(where + "." + field + " is required");
      }
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new AnswerKeyFormatException(where + "." + field + " must be a number");
    }
    return (JsonNumber) value;
  }

  /** The key as a JSON object, fields in the documented order, {@code tolerance} only when set. */
  public static JsonObject toJson(AnswerKey key) {
    JsonArrayBuilder questions = Jsonp.createArrayBuilder();
    for (KeyQuestion question : key.questions()) {
      JsonArrayBuilder accepted = Jsonp.createArrayBuilder();
      question.accepted().forEach(accepted::add);
      JsonObjectBuilder q =
          Jsonp.createObjectBuilder()
              .add("q", question.q())
              .add("prompt", question.prompt())
              .add("accepted", accepted);
      addNumber(q, "points", question.points());
      if (question.type() != null) {
        q.add("type", question.type().wireName());
      }
      if (question.tolerance() != null) {
        addNumber(q, "tolerance", question.tolerance());
      }
      questions.add(q);
    }
    JsonObjectBuilder object = Jsonp.createObjectBuilder();
    if (key.title() != null) {
      object.add("title", key.title());
    }
    return object.add("questions", questions).build();
  }

  public static void write(AnswerKey key, Writer writer) {
    try (JsonWriter json = Jsonp.createWriter(writer)) {
      json.writeObject(toJson(key));
    }
  }

  public static String toJsonString(AnswerKey key) {
    StringWriter out = new StringWriter();
    write(key, out);
    return out.toString();
  }

  private static void addNumber(JsonObjectBuilder builder, String name, double value) {
    // Whole numbers are written as 1, not 1.0, like the key files.
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      builder.add(name, (long) value);
    } else {
      builder.add(name, value);
    }
  }
}
