package org.quizmarker.grading;

import java.util.Objects;

/**
 * What one reader (OCR engine) read for an answer.
 *
 * @param engine the reader: {@value #TESSERACT}, {@value #PPOCR_V4} or {@value #PPOCR_V3}
 * @param text the answer as read, question number stripped
 * @param confidence the reader's confidence, 0 to 100 (Tesseract's word confidence; PP-OCR's mean
 *     character probability × 100)
 * @param lattice PP-OCR's pruned output for the answer (after its question number), base64, kept in
 *     the stored reading so that a key can be scored against it without OCR; null for Tesseract and
 *     for readings stored before lattices were kept. Not shown by the API.
 * @param keyScore how likely the key's answer is under this reader's output, against its own best
 *     reading: log-likelihood ratio, 0 = as likely, negative = less likely; null when not scored
 *     ({@link KeyVerification})
 */
public record ReaderText(
    String engine,
    String text,
    double confidence,
    @jakarta.json.bind.annotation.JsonbTransient String lattice,
    Double keyScore) {

  public static final String TESSERACT = "tesseract";
  public static final String PPOCR_V4 = "ppocr-v4";
  public static final String PPOCR_V3 = "ppocr-v3";

  public ReaderText {
    Objects.requireNonNull(engine, "engine");
    text = text == null ? "" : text;
  }

  /** A reading without a lattice or a key score. */
  public ReaderText(String engine, String text, double confidence) {
    this(engine, text, confidence, null, null);
  }

  /** This reading with {@code score} as its key score, without its lattice (shown, not stored). */
  public ReaderText scored(Double score) {
    return new ReaderText(engine, text, confidence, null, score);
  }

  /** Not a bean-style getter, so JSON-B does not add it to the API's {@code readings}. */
  public boolean fromTesseract() {
    return TESSERACT.equals(engine);
  }
}
