package org.quizmarker.quizzes;

import java.util.HashMap;
import java.util.Map;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.reading.SheetReadingJson;

/**
 * The answers' places out of a stored reading (the JSON kept with each image, read by {@link
 * SheetReadingJson}): the box of each question's answer and every reader's reading of it. A reading
 * that cannot be read, or a box that is empty or off the page, gives no place, so a crop is never
 * made from a reading it does not understand. The first answer of a question number counts, as in
 * grading.
 */
public final class StoredReadingPlaces {

  private StoredReadingPlaces() {}

  /** The places by question number; empty for a null, blank or unreadable reading. */
  public static Map<Integer, AnswerPlace> read(String readingJson) {
    Map<Integer, AnswerPlace> places = new HashMap<>();
    if (readingJson == null || readingJson.isBlank()) {
      return places;
    }
    ParsedSheet sheet;
    try {
      sheet = SheetReadingJson.read(readingJson);
    } catch (RuntimeException e) {
      return places;
    }
    for (ParsedAnswer a : sheet.answers()) {
      places.putIfAbsent(a.q(), new AnswerPlace(usable(a.box()), a.readings()));
    }
    return places;
  }

  private static Box usable(Box b) {
    return b != null && b.width() > 0 && b.height() > 0 && b.x() >= 0 && b.y() >= 0 ? b : null;
  }
}
