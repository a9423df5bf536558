package org.quizmarker.reading;

import org.quizmarker.grading.ParsedSheet;

/**
 * What reading one sheet yielded: Tesseract's full text and mean confidence, the parsed sheet with
 * every reader's reading of each answer, the same as JSON for storing with the image, and how long
 * it took.
 */
public record SheetReading(
    String text, double meanConfidence, ParsedSheet sheet, String json, long millis) {

  /** The number of numbered answers found. */
  public int questionCount() {
    return sheet.questionCount();
  }
}
