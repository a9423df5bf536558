package org.quizmarker.reading;

/**
 * What reading one sheet yielded: Tesseract's full text and mean confidence, the number of numbered
 * answers found, the structured reading as JSON (student, answers, and grade when a quiz was named)
 * and how long it took.
 */
public record SheetReading(
    String text, double meanConfidence, int questionCount, String json, long millis) {}
