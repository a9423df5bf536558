package org.quizmarker.ocr;

import java.util.List;

/**
 * What the engine read on one image.
 *
 * @param text the full text exactly as Tesseract's GetUTF8Text returns it (lines end with a line
 *     break; paragraphs are separated by an empty line)
 * @param meanConfidence Tesseract's mean word confidence, 0-100
 * @param lines the text lines top to bottom, with their words
 * @param millis time spent in the engine for this image, excluding any wait for a free handle
 */
public record OcrResult(String text, double meanConfidence, List<OcrLine> lines, long millis) {

  public OcrResult {
    lines = List.copyOf(lines);
  }
}
