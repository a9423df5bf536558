package org.quizmarker.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quizmarker.ocr.ppocr.CtcLattice;

/**
 * Marking is verification, not recognition: the key says what a right answer looks like. A PP-OCR
 * reading keeps its model's pruned output ({@link CtcLattice}), so the probability that the line
 * says an accepted answer can be compared with the probability of the model's own best reading. The
 * <em>key score</em> is that log-likelihood ratio, maximised over the forms in which a student may
 * write an accepted answer ({@link #forms}): 0 means the key is as likely as what the model read,
 * -5 means e<sup>5</sup> ≈ 150 times less likely. Pure and cheap: a few forward passes over a T × 7
 * lattice per answer.
 */
public final class KeyVerification {

  private KeyVerification() {}

  /**
   * The readings with their key scores against {@code question} (lattices dropped: the scores are
   * what a teacher and the API see); readings without a lattice are returned without a score.
   */
  public static List<ReaderText> scored(KeyQuestion question, List<ReaderText> readings) {
    List<String> forms = forms(question);
    List<ReaderText> scored = new ArrayList<>(readings.size());
    for (ReaderText r : readings) {
      if (r.lattice() == null) {
        // stored readings never carry a score (it depends on the key): only scored copies do
        scored.add(r);
        continue;
      }
      Double score;
      try {
        score = score(CtcLattice.decode(r.lattice()), forms);
      } catch (IllegalArgumentException e) {
        score = null; // a damaged lattice only loses the verification
      }
      scored.add(r.scored(score));
    }
    return scored;
  }

  /**
   * The key score of {@code lattice}: the best form's log-probability (with or without the space
   * that follows the question number) minus the best path's, at least {@link #FLOOR}.
   */
  public static double score(CtcLattice lattice, List<String> forms) {
    double best = Double.NEGATIVE_INFINITY;
    for (String form : forms) {
      best = Math.max(best, lattice.logProbability(form));
      best = Math.max(best, lattice.logProbability(" " + form));
    }
    // finite, so that JSON can carry it: a key too long for the line scores the floor
    return Math.max(FLOOR, best - lattice.bestPathLogProbability());
  }

  /** The lowest key score: far below any threshold. */
  static final double FLOOR = -999;

  /**
   * The ways a student writes an accepted answer that the grading rule accepts: text as in the key,
   * lower case and capitalised; numbers as in the key and as a decimal (with and without the
   * leading zero); choices as the letter in either case, bare or with parentheses; booleans as the
   * words and letters of the accepted truth value.
   */
  static List<String> forms(KeyQuestion question) {
    QuestionType type = question.type() == null ? QuestionType.TEXT : question.type();
    Set<String> forms = new LinkedHashSet<>();
    for (String accepted : question.accepted()) {
      String a = Normalizer.collapseWhitespace(accepted.strip());
      if (a.isEmpty()) {
        continue;
      }
      switch (type) {
        case TEXT -> {
          forms.add(a);
          forms.add(a.toLowerCase(Locale.ROOT));
          forms.add(Character.toUpperCase(a.charAt(0)) + a.substring(1).toLowerCase(Locale.ROOT));
        }
        case NUMBER -> {
          forms.add(a.replace(" ", ""));
          Optional<NumberValue> value = NumberValue.parse(Normalizer.normalize(a).replace(" ", ""));
          value.flatMap(NumberValue::decimalString).ifPresent(forms::add);
        }
        case CHOICE ->
            ChoiceMatcher.parseLetter(a)
                .ifPresent(
                    c -> {
                      for (String letter :
                          List.of(String.valueOf(c), String.valueOf(Character.toUpperCase(c)))) {
                        forms.add(letter);
                        forms.add("(" + letter + ")");
                        forms.add(letter + ")");
                      }
                    });
        case BOOLEAN ->
            BooleanMatcher.parseTruth(a)
                .ifPresent(
                    truth -> {
                      String word = truth ? "true" : "false";
                      forms.add(word);
                      forms.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                      forms.add(word.toUpperCase(Locale.ROOT));
                      forms.add(word.substring(0, 1).toUpperCase(Locale.ROOT));
                      forms.add(word.substring(0, 1));
                    });
      }
    }
    if (type == QuestionType.NUMBER) {
      for (String f : List.copyOf(forms)) {
        if (f.startsWith("0.")) {
          forms.add(f.substring(1));
        } else if (f.startsWith("-0.")) {
          forms.add("-" + f.substring(2));
        }
      }
    }
    return List.copyOf(forms);
  }

  /** Which way the key scores of an answer's PP-OCR readings point under {@code rule}. */
  public enum Verdict {
    /** Every PP-OCR model finds the key nearly as likely as its own reading. */
    KEY,
    /** Every PP-OCR model finds every accepted answer very unlikely. */
    NOT_KEY,
    /** Neither, or not enough lattices to tell. */
    UNSURE
  }

  /**
   * The verdict of the v4 and v3 key scores among {@code scored}: both must be present, since the
   * two models fail differently often enough to make their joint verdict the one worth trusting.
   */
  static Verdict verdict(KeyQuestion question, List<ReaderText> scored, CommitteeRule rule) {
    Double v4 = keyScore(scored, ReaderText.PPOCR_V4);
    Double v3 = keyScore(scored, ReaderText.PPOCR_V3);
    if (v4 == null || v3 == null) {
      return Verdict.UNSURE;
    }
    if (Math.min(v4, v3) >= rule.minKeyScore() && !keyInsideLongerReading(question, scored)) {
      return Verdict.KEY;
    }
    if (Math.max(v4, v3) < rule.maxWrongKeyScore()) {
      return Verdict.NOT_KEY;
    }
    return Verdict.UNSURE;
  }

  /**
   * Whether a reader read an accepted answer with more around it ({@code 90} for the key {@code 0},
   * {@code Pariss} for {@code Paris}), more letters and digits than any accepted form has: then the
   * line holds more than the key, or the question number and the answer share characters and the
   * models' scores of the part after the number cannot tell the two apart, so only a teacher can.
   */
  static boolean keyInsideLongerReading(KeyQuestion question, List<ReaderText> readings) {
    List<String> forms = forms(question).stream().map(KeyVerification::alphanumeric).toList();
    int longest = forms.stream().mapToInt(String::length).max().orElse(0);
    for (ReaderText r : readings) {
      String read = alphanumeric(r.text());
      if (forms.contains(read) || read.length() <= longest) {
        // no longer than an accepted form: a misreading of a whole form (Trve for True, O.75
        // for 0.75), not a form with more around it, even where it contains a shorter form
        continue;
      }
      for (String form : forms) {
        if (!form.isEmpty() && read.contains(form)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String alphanumeric(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Double keyScore(List<ReaderText> readings, String engine) {
    for (ReaderText r : readings) {
      if (r.engine().equals(engine) && r.keyScore() != null) {
        return r.keyScore();
      }
    }
    return null;
  }
}
