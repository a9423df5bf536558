package org.quizmarker.grading;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.quizmarker.platform.Jsonp;

/**
 * The REST shapes of readings and grades (DESIGN.md), kept here so that the wire names of the
 * grading model live in one place: {@code {"q", "text", "confidence"}} for a read answer, plus
 * {@code "correct", "points", "needs_review"} (and {@code "reason"} when reviewed) for a decision.
 */
public final class GradingJson {

  private GradingJson() {}

  /** {@code {"q": 1, "text": "Paris", "confidence": 91.2}}. */
  public static JsonObject answer(ParsedAnswer answer) {
    JsonObjectBuilder o =
        Jsonp.createObjectBuilder().add("q", answer.q()).add("text", answer.text());
    addNumber(o, "confidence", answer.confidence());
    return o.build();
  }

  /**
   * {@code {"q": 1, "text": "Paris", "confidence": 91.2, "correct": true, "points": 1,
   * "needs_review": false}}, with {@code "reason"} when a review is needed and {@code "overridden":
   * true} when a teacher decided.
   */
  public static JsonObject decision(AnswerDecision decision) {
    JsonObjectBuilder o = Jsonp.createObjectBuilder().add("q", decision.q());
    if (decision.text() == null) {
      o.addNull("text");
    } else {
      o.add("text", decision.text());
    }
    if (decision.confidence() == null) {
      o.addNull("confidence");
    } else {
      addNumber(o, "confidence", decision.confidence());
    }
    if (decision.correct() == null) {
      o.addNull("correct");
    } else {
      o.add("correct", decision.correct());
    }
    addNumber(o, "points", decision.points());
    o.add("needs_review", decision.needsReview());
    if (decision.reason() != null) {
      o.add("reason", decision.reason().wireName());
    }
    if (decision.overridden()) {
      o.add("overridden", true);
    }
    return o.build();
  }

  /** {@code {"score": 4, "max_score": 5, "needs_review": false, "answers": [...]}}. */
  public static JsonObject grade(GradedSheet sheet) {
    JsonArrayBuilder answers = Jsonp.createArrayBuilder();
    sheet.answers().forEach(d -> answers.add(decision(d)));
    JsonObjectBuilder o = Jsonp.createObjectBuilder();
    addNumber(o, "score", sheet.score());
    addNumber(o, "max_score", sheet.maxScore());
    return o.add("needs_review", sheet.needsReview()).add("answers", answers).build();
  }

  private static void addNumber(JsonObjectBuilder builder, String name, double value) {
    // Whole numbers as 1, not 1.0, like the prototype's responses.
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      builder.add(name, (long) value);
    } else {
      builder.add(name, value);
    }
  }
}
