package org.quizmarker.ocr.ppocr;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A recognition model's output for one line, pruned so it can be stored with the reading: per time
 * step the blank's and the {@code k} most probable printable ASCII characters' log-probabilities
 * (renormalised over blank + ASCII, since a sheet holds no other characters), quantised to
 * 1/{@value #SCALE} nat in one byte each. A character not kept at a step gets its share of the
 * probability left over, never more than the least kept one. Enough to score any string against the
 * line ({@link #logProbability}) without running the model again, so a key change re-scores without
 * OCR. Immutable.
 */
public final class CtcLattice {

  /** Quantisation steps per nat: 1/8 nat is far below the differences the decision uses. */
  static final int SCALE = 8;

  private static final byte VERSION = 1;
  private static final int ASCII_CLASSES = 0x7F - 0x20;
  private static final double MIN_REST = 1e-9;

  private final int k;
  private final int steps;
  private final double[] blank;
  private final char[][] chars;
  private final double[][] logProbs;
  private final double[] rest;
  private final double[] blankP;
  private final double[][] probs;
  private final double[] restP;
  private final byte[] encoded;

  private CtcLattice(int k, byte[] encoded) {
    this.k = k;
    this.encoded = encoded;
    int width = 1 + 2 * k;
    if (k < 1 || (encoded.length - 2) % width != 0) {
      throw new IllegalArgumentException("not a lattice");
    }
    steps = (encoded.length - 2) / width;
    blank = new double[steps];
    chars = new char[steps][k];
    logProbs = new double[steps][k];
    rest = new double[steps];
    blankP = new double[steps];
    probs = new double[steps][k];
    restP = new double[steps];
    for (int t = 0; t < steps; t++) {
      int at = 2 + t * width;
      blank[t] = dequantise(encoded[at]);
      double kept = Math.exp(blank[t]);
      double least = blank[t];
      for (int i = 0; i < k; i++) {
        chars[t][i] = (char) (encoded[at + 1 + 2 * i] & 0xFF);
        logProbs[t][i] = dequantise(encoded[at + 2 + 2 * i]);
        if (chars[t][i] != 0) {
          kept += Math.exp(logProbs[t][i]);
          least = Math.min(least, logProbs[t][i]);
        }
      }
      double share = Math.max(1 - kept, MIN_REST) / Math.max(1, ASCII_CLASSES - k);
      rest[t] = Math.min(Math.log(share), least);
      blankP[t] = Math.exp(blank[t]);
      restP[t] = Math.exp(rest[t]);
      for (int i = 0; i < k; i++) {
        probs[t][i] = Math.exp(logProbs[t][i]);
      }
    }
  }

  /**
   * Prunes a model's softmax output.
   *
   * @param probabilities {@code [time][class]}; class 0 is the blank
   * @param classes each class's character ({@code ""} for the blank)
   * @param allowed which classes are printable ASCII characters (index 0 ignored)
   * @param k characters kept per time step
   */
  static CtcLattice prune(float[][] probabilities, String[] classes, boolean[] allowed, int k) {
    byte[] out = new byte[2 + probabilities.length * (1 + 2 * k)];
    out[0] = VERSION;
    out[1] = (byte) k;
    int at = 2;
    int[] top = new int[k];
    for (float[] step : probabilities) {
      double sum = step[0];
      Arrays.fill(top, -1);
      for (int c = 1; c < step.length; c++) {
        if (!allowed[c]) {
          continue;
        }
        sum += step[c];
        for (int i = 0; i < k; i++) {
          if (top[i] < 0 || step[c] > step[top[i]]) {
            System.arraycopy(top, i, top, i + 1, k - i - 1);
            top[i] = c;
            break;
          }
        }
      }
      double norm = Math.max(sum, Double.MIN_NORMAL);
      out[at++] = quantise(step[0] / norm);
      for (int i = 0; i < k; i++) {
        out[at++] = top[i] < 0 ? 0 : (byte) classes[top[i]].charAt(0);
        out[at++] = top[i] < 0 ? (byte) 255 : quantise(step[top[i]] / norm);
      }
    }
    return new CtcLattice(k, out);
  }

  /** The lattice as stored (base64). */
  public String encode() {
    return Base64.getEncoder().encodeToString(encoded);
  }

  /**
   * What {@link #encode} stored.
   *
   * @throws IllegalArgumentException when {@code text} is not a lattice
   */
  public static CtcLattice decode(String text) {
    byte[] bytes = Base64.getDecoder().decode(Objects.requireNonNull(text, "text"));
    if (bytes.length < 2 || bytes[0] != VERSION) {
      throw new IllegalArgumentException("not a lattice of version " + VERSION);
    }
    return new CtcLattice(bytes[1] & 0xFF, bytes);
  }

  /** The time steps from {@code from} on: the line after its question number. */
  public CtcLattice from(int from) {
    int width = 1 + 2 * k;
    int start = Math.max(0, Math.min(from, steps));
    byte[] out = new byte[2 + (steps - start) * width];
    out[0] = VERSION;
    out[1] = (byte) k;
    System.arraycopy(encoded, 2 + start * width, out, 2, out.length - 2);
    return new CtcLattice(k, out);
  }

  public int steps() {
    return steps;
  }

  /** Log-probability of the best path (greedy decoding: the most probable class per step). */
  public double bestPathLogProbability() {
    double sum = 0;
    for (int t = 0; t < steps; t++) {
      double best = blank[t];
      for (int i = 0; i < k; i++) {
        if (chars[t][i] != 0) {
          best = Math.max(best, logProbs[t][i]);
        }
      }
      sum += best;
    }
    return sum;
  }

  /** The best path's text (greedy decoding), not stripped. */
  public String bestPathText() {
    StringBuilder text = new StringBuilder();
    char previous = 0;
    for (int t = 0; t < steps; t++) {
      char best = 0;
      double bestLp = blank[t];
      for (int i = 0; i < k; i++) {
        if (chars[t][i] != 0 && logProbs[t][i] > bestLp) {
          best = chars[t][i];
          bestLp = logProbs[t][i];
        }
      }
      if (best != 0 && best != previous) {
        text.append(best);
      }
      previous = best;
    }
    return text.toString();
  }

  /**
   * Log-probability that the line says exactly {@code text}, summed over every CTC alignment
   * (forward algorithm, in linear space rescaled at every step, which is exact and needs no log per
   * state); negative infinity when the line has too few time steps.
   */
  public double logProbability(String text) {
    int labels = text.length();
    int states = 2 * labels + 1;
    if (steps == 0) {
      return labels == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
    double[] alpha = new double[states];
    double[] next = new double[states];
    alpha[0] = Math.exp(blank[0]);
    if (labels > 0) {
      alpha[1] = Math.exp(charLogProb(0, text.charAt(0)));
    }
    double logScale = 0;
    for (int t = 1; t < steps; t++) {
      double sum = 0;
      for (int s = 0; s < states; s++) {
        double a = alpha[s];
        if (s >= 1) {
          a += alpha[s - 1];
        }
        if ((s & 1) == 1 && s >= 3 && text.charAt(s / 2) != text.charAt(s / 2 - 1)) {
          a += alpha[s - 2];
        }
        next[s] = a == 0 ? 0 : a * emit(t, s, text);
        sum += next[s];
      }
      if (sum == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      for (int s = 0; s < states; s++) {
        next[s] /= sum;
      }
      logScale += Math.log(sum);
      double[] swap = alpha;
      alpha = next;
      next = swap;
    }
    double end = labels == 0 ? alpha[0] : alpha[states - 1] + alpha[states - 2];
    return end == 0 ? Double.NEGATIVE_INFINITY : logScale + Math.log(end);
  }

  private double emit(int t, int state, String text) {
    if ((state & 1) == 0) {
      return blankP[t];
    }
    char c = text.charAt(state / 2);
    for (int i = 0; i < k; i++) {
      if (chars[t][i] == c) {
        return probs[t][i];
      }
    }
    return restP[t];
  }

  private double charLogProb(int t, char c) {
    for (int i = 0; i < k; i++) {
      if (chars[t][i] == c) {
        return logProbs[t][i];
      }
    }
    return rest[t];
  }

  private static byte quantise(double p) {
    if (!(p > 0)) {
      return (byte) 255;
    }
    return (byte) Math.min(255, Math.round(-Math.log(p) * SCALE));
  }

  private static double dequantise(byte q) {
    return -(q & 0xFF) / (double) SCALE;
  }
}
