package org.quizmarker.quizzes;

import java.util.List;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ReaderText;
import org.quizmarker.grading.ReaderTextsJson;

/**
 * Where an answer was written on its sheet and what each reader read there, from the stored
 * reading.
 *
 * @param box the answer's line on the stored (original) image, or null when unknown
 * @param readings every reader's text with its confidence; empty when the reading kept none
 */
public record AnswerPlace(Box box, List<ReaderText> readings) {
  public static final AnswerPlace UNKNOWN = new AnswerPlace(null, List.of());

  public AnswerPlace {
    readings = readings == null ? List.of() : List.copyOf(readings);
  }

  /**
   * The readings a teacher sees: as graded ({@code gradedJson}, what the grading kept on the
   * answer) when there are some, because those carry each model's key score against the key the
   * answer was graded with; else as read.
   */
  public List<ReaderText> shownReadings(String gradedJson) {
    List<ReaderText> graded = ReaderTextsJson.read(gradedJson);
    return graded.isEmpty() ? readings : graded;
  }
}
