package org.quizmarker.ocr.ppocr;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Greedy CTC decoding of a recognition model's output: at each time step the most probable allowed
 * class, repeats collapsed, blanks dropped. Classes are {@code blank}, then the dictionary's
 * characters, then a space (PaddleOCR's layout). Only printable ASCII is allowed: the models also
 * know ~6600 Chinese characters, which a QuizMarker sheet never holds.
 */
public final class CtcDecoder {

  /** Characters kept per time step in the stored lattice (see the README's Accuracy section). */
  static final int LATTICE_WIDTH = 6;

  private final String[] classes;
  private final boolean[] allowed;

  /**
   * @param dictionary the model's characters, one per line of its dictionary file, in order
   */
  public CtcDecoder(List<String> dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    classes = new String[dictionary.size() + 2];
    allowed = new boolean[classes.length];
    classes[0] = "";
    for (int i = 0; i < dictionary.size(); i++) {
      classes[i + 1] = dictionary.get(i);
    }
    classes[classes.length - 1] = " ";
    for (int i = 1; i < classes.length; i++) {
      allowed[i] = isPrintableAscii(classes[i]);
    }
    allowed[0] = true;
  }

  /** The number of classes the model's output must have. */
  public int classCount() {
    return classes.length;
  }

  /**
   * Decodes one line.
   *
   * @param probabilities {@code [time][class]} softmax output
   * @return the text (stripped) and the mean probability of its characters, 0 to 1 (0 when empty)
   */
  public Decoded decode(float[][] probabilities) {
    StringBuilder text = new StringBuilder();
    int[] ends = new int[probabilities.length];
    double sum = 0;
    int count = 0;
    int previous = 0;
    for (int t = 0; t < probabilities.length; t++) {
      float[] step = probabilities[t];
      if (step.length != classes.length) {
        throw new IllegalArgumentException(
            "expected " + classes.length + " classes, got " + step.length);
      }
      int best = 0;
      float bestP = -1;
      for (int c = 0; c < step.length; c++) {
        if (allowed[c] && step[c] > bestP) {
          bestP = step[c];
          best = c;
        }
      }
      if (best != 0 && best != previous) {
        text.append(classes[best]);
        sum += bestP;
        count++;
      }
      if (best != 0 && text.length() > 0) {
        ends[text.length() - 1] = t + 1;
      }
      previous = best;
    }
    String raw = text.toString();
    String stripped = raw.strip();
    int lead = stripped.isEmpty() ? 0 : raw.indexOf(stripped.charAt(0));
    int[] charEnds = Arrays.copyOfRange(ends, lead, lead + stripped.length());
    return new Decoded(
        stripped,
        stripped.isEmpty() || count == 0 ? 0 : sum / count,
        CtcLattice.prune(probabilities, classes, allowed, LATTICE_WIDTH),
        charEnds);
  }

  /**
   * A decoded line.
   *
   * @param probability mean probability of the emitted characters, 0 to 1
   * @param lattice the pruned output, for scoring other texts against the line
   * @param charEnds for each character of {@code text}, the time step after its last one
   */
  public record Decoded(String text, double probability, CtcLattice lattice, int[] charEnds) {}

  private static boolean isPrintableAscii(String s) {
    return s.length() == 1 && s.charAt(0) >= 0x20 && s.charAt(0) < 0x7F;
  }
}
