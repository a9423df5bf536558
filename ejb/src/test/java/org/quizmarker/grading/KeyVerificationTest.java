package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.ocr.ppocr.CtcDecoder;

class KeyVerificationTest {

  private static final List<String> ASCII = new ArrayList<>();

  static {
    for (char c = 0x21; c < 0x7F; c++) {
      ASCII.add(String.valueOf(c));
    }
  }

  private static final CtcDecoder DECODER = new CtcDecoder(ASCII);
  private static final int CLASSES = DECODER.classCount();

  private static final CommitteeRule RULE = CommitteeRule.DEFAULT.withKeyScores(-2.0, -15.0);

  /** One time step: {@code p} on each of {@code chars} (0 = blank), the rest spread evenly. */
  private static float[] step(String chars, float... p) {
    float[] s = new float[CLASSES];
    float used = 0;
    for (float x : p) {
      used += x;
    }
    java.util.Arrays.fill(s, (1 - used) / (CLASSES - p.length));
    for (int i = 0; i < p.length; i++) {
      s[classOf(chars.charAt(i))] = p[i];
    }
    return s;
  }

  private static int classOf(char c) {
    return c == 0 ? 0 : c == ' ' ? CLASSES - 1 : ASCII.indexOf(String.valueOf(c)) + 1;
  }

  /** A line that says {@code text} with probability {@code p} per character and gap. */
  private static float[][] line(String text, float p) {
    List<float[]> steps = new ArrayList<>();
    steps.add(step("\0", p));
    for (char c : text.toCharArray()) {
      steps.add(step(String.valueOf(c), p));
      steps.add(step("\0", p));
    }
    return steps.toArray(new float[0][]);
  }

  private static String lattice(float[][] probs) {
    return DECODER.decode(probs).lattice().encode();
  }

  private static ReaderText v4(String text, float[][] probs) {
    return new ReaderText(ReaderText.PPOCR_V4, text, 80, lattice(probs), null);
  }

  private static ReaderText v3(String text, float[][] probs) {
    return new ReaderText(ReaderText.PPOCR_V3, text, 80, lattice(probs), null);
  }

  private static AnswerDecision decide(KeyQuestion q, ReaderText... readings) {
    Grader grader = new Grader(GradingPolicy.DEFAULT.withCommittee(RULE));
    ParsedAnswer answer =
        new ParsedAnswer(q.q(), readings[0].text(), 80, 0, null).withReadings(List.of(readings));
    return grader.decide(q, answer);
  }

  private static double score(KeyQuestion q, float[][] probs) {
    return KeyVerification.scored(q, List.of(v4("", probs))).get(0).keyScore();
  }

  @Test
  void theKeyReadExactlyScoresNearZero() {
    KeyQuestion q = KeyQuestion.of(1, QuestionType.TEXT, "Paris");
    assertThat(score(q, line("Paris", 0.9f))).isGreaterThan(-0.5);
    // the case the student wrote in does not matter: lower case is one of the forms
    assertThat(score(q, line("paris", 0.9f))).isGreaterThan(-0.5);
  }

  @Test
  void nearMissWrongAnswersScoreFarBelowTheKey() {
    KeyQuestion paris = KeyQuestion.of(1, QuestionType.TEXT, "Paris");
    assertThat(score(paris, line("Pariss", 0.95f))).isLessThan(-5);
    KeyQuestion ran = KeyQuestion.of(2, QuestionType.TEXT, "ran");
    assertThat(score(ran, line("run", 0.95f))).isLessThan(-5);
    KeyQuestion number = KeyQuestion.of(3, QuestionType.NUMBER, "5.5");
    assertThat(score(number, line("55", 0.95f))).isLessThan(-5);
    KeyQuestion choice = KeyQuestion.of(4, QuestionType.CHOICE, "B");
    assertThat(score(choice, line("8", 0.95f))).isLessThan(-5);
  }

  @Test
  void aKeyLongerThanTheLineScoresTheFloor() {
    KeyQuestion q = KeyQuestion.of(1, QuestionType.TEXT, "mitochondria");
    assertThat(score(q, line("a", 0.9f))).isEqualTo(KeyVerification.FLOOR);
  }

  @Test
  void formsFollowTheQuestionType() {
    assertThat(KeyVerification.forms(KeyQuestion.of(1, QuestionType.NUMBER, "0.75", "3/4")))
        .contains("0.75", ".75", "3/4");
    assertThat(KeyVerification.forms(KeyQuestion.of(1, QuestionType.CHOICE, "B")))
        .contains("B", "b", "(B)", "b)");
    assertThat(KeyVerification.forms(KeyQuestion.of(1, QuestionType.BOOLEAN, "F")))
        .contains("F", "False", "false", "f")
        .doesNotContain("True", "T");
    assertThat(score(KeyQuestion.of(1, QuestionType.CHOICE, "B"), line("(B)", 0.9f)))
        .isGreaterThan(-0.5);
    assertThat(score(KeyQuestion.of(1, QuestionType.NUMBER, "0.75"), line(".75", 0.9f)))
        .isGreaterThan(-0.5);
  }

  @Test
  void anAmbiguousLineWhereBothModelsAllowTheKeyIsDecidedRight() {
    KeyQuestion q = KeyQuestion.of(2, QuestionType.TEXT, "ran");
    // v4 hesitates between r and n, v3 between a and o: each reads another word
    float[][] byV4 = line("ran", 0.9f);
    byV4[1] = step("nr", 0.5f, 0.45f);
    float[][] byV3 = line("ran", 0.9f);
    byV3[3] = step("oa", 0.5f, 0.45f);
    AnswerDecision d = decide(q, v4("nan", byV4), v3("ron", byV3));
    assertThat(d.needsReview()).isFalse();
    assertThat(d.correct()).isTrue();
    assertThat(d.text()).isEqualTo("ran");
    assertThat(d.readings()).allSatisfy(r -> assertThat(r.keyScore()).isNotNull());
    assertThat(d.readings()).allSatisfy(r -> assertThat(r.lattice()).isNull());
  }

  @Test
  void aNearMissOneModelIsSureOfStaysWithTheTeacher() {
    KeyQuestion q = KeyQuestion.of(2, QuestionType.TEXT, "ran");
    float[][] byV4 = line("ran", 0.9f);
    byV4[3] = step("ua", 0.5f, 0.45f);
    AnswerDecision d = decide(q, v4("run", byV4), v3("run", line("run", 0.95f)));
    // both read "run" (a near miss) and v3 is sure: not verified, and not decided wrong either
    assertThat(d.needsReview()).isTrue();
  }

  @Test
  void aReadingHoldingTheKeyAndMoreIsNotVerified() {
    // q9 answered 90, key 0: a model that takes the answer's 9 for the number sees only "0"
    KeyQuestion q = KeyQuestion.of(9, QuestionType.NUMBER, "0");
    AnswerDecision d = decide(q, v4("0", line("0", 0.9f)), v3("90", line("0", 0.9f)));
    assertThat(d.needsReview()).isTrue();
    assertThat(KeyVerification.keyInsideLongerReading(q, d.readings())).isTrue();
    KeyQuestion f = KeyQuestion.of(5, QuestionType.BOOLEAN, "False", "F");
    assertThat(
            KeyVerification.keyInsideLongerReading(
                f, List.of(new ReaderText(ReaderText.PPOCR_V4, "false", 90))))
        .isFalse();
  }

  @Test
  void aMisreadingOfAWholeFormIsNotTheKeyWithMoreAroundIt() {
    // "Trve" holds the form "T" of True, but is no longer than "true": a misread word, verified
    KeyQuestion t = KeyQuestion.of(9, QuestionType.BOOLEAN, "True");
    assertThat(
            KeyVerification.keyInsideLongerReading(
                t, List.of(new ReaderText(ReaderText.PPOCR_V4, "Trve", 80))))
        .isFalse();
    AnswerDecision d = decide(t, v4("Trve", line("True", 0.9f)), v3("True", line("True", 0.9f)));
    assertThat(d.needsReview()).isFalse();
    assertThat(d.correct()).isTrue();
    // "O.75" holds ".75" but is as long as "0.75"
    KeyQuestion n = KeyQuestion.of(1, QuestionType.NUMBER, "0.75");
    assertThat(
            KeyVerification.keyInsideLongerReading(
                n, List.of(new ReaderText(ReaderText.PPOCR_V4, "O.75", 90))))
        .isFalse();
    // longer than every form: the key may be inside, with more
    assertThat(
            KeyVerification.keyInsideLongerReading(
                n, List.of(new ReaderText(ReaderText.TESSERACT, "10.75", 90))))
        .isTrue();
    assertThat(
            KeyVerification.keyInsideLongerReading(
                t, List.of(new ReaderText(ReaderText.TESSERACT, "A, Trve", 56))))
        .isTrue();
    KeyQuestion c = KeyQuestion.of(11, QuestionType.CHOICE, "D");
    assertThat(
            KeyVerification.keyInsideLongerReading(
                c, List.of(new ReaderText(ReaderText.TESSERACT, "Dd", 59))))
        .isTrue();
  }

  @Test
  void withoutBothLatticesNothingIsVerified() {
    KeyQuestion q = KeyQuestion.of(1, QuestionType.TEXT, "Paris");
    AnswerDecision d =
        decide(
            q,
            new ReaderText(ReaderText.TESSERACT, "Pans", 40),
            v4("Parls", line("Paris", 0.9f)),
            new ReaderText(ReaderText.PPOCR_V3, "Panis", 60));
    assertThat(d.needsReview()).isTrue();
    assertThat(d.reason()).isEqualTo(ReviewReason.READERS_DISAGREE);
  }

  @Test
  void aClearlyOtherAnswerIsDecidedWrongOnlyWhenNoReadingIsNearTheKey() {
    KeyQuestion q = KeyQuestion.of(1, QuestionType.TEXT, "mitochondria");
    AnswerDecision wrong =
        decide(q, v4("ribosome", line("ribosome", 0.9f)), v3("ribosame", line("ribosome", 0.9f)));
    assertThat(wrong.needsReview()).isFalse();
    assertThat(wrong.correct()).isFalse();

    KeyQuestion paris = KeyQuestion.of(1, QuestionType.TEXT, "Paris");
    AnswerDecision near =
        decide(
            paris, v4("Pariss", line("Parisss", 0.999f)), v3("Parisss", line("Parisss", 0.999f)));
    // the key scores say "not Paris" (two extra letters), but a reading is a near miss of it
    assertThat(KeyVerification.verdict(paris, near.readings(), RULE))
        .isEqualTo(KeyVerification.Verdict.NOT_KEY);
    assertThat(near.needsReview()).isTrue();
  }

  @Test
  void scoringIsDoneOnceAndTheScoredCopyDecidesAlike() {
    KeyQuestion q = KeyQuestion.of(2, QuestionType.TEXT, "ran");
    float[][] byV4 = line("ran", 0.9f);
    byV4[1] = step("nr", 0.5f, 0.45f);
    List<ReaderText> readings = List.of(v4("nan", byV4), v3("ran", line("ran", 0.9f)));
    List<ReaderText> scored = KeyVerification.scored(q, readings);
    assertThat(KeyVerification.scored(q, scored)).isEqualTo(scored);
    assertThat(KeyVerification.verdict(q, scored, RULE)).isEqualTo(KeyVerification.Verdict.KEY);
  }

  @Test
  void theRuleWithoutKeyScoresDecidesAsBefore() {
    KeyQuestion q = KeyQuestion.of(2, QuestionType.TEXT, "ran");
    float[][] byV4 = line("ran", 0.9f);
    byV4[1] = step("nr", 0.5f, 0.45f);
    Grader grader =
        new Grader(
            GradingPolicy.DEFAULT.withCommittee(
                CommitteeRule.DEFAULT.withKeyScores(
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
    ParsedAnswer answer =
        new ParsedAnswer(2, "nan", 80, 0, null)
            .withReadings(List.of(v4("nan", byV4), v3("ron", line("ran", 0.9f))));
    AnswerDecision d = grader.decide(q, answer);
    assertThat(d.reason()).isEqualTo(ReviewReason.READERS_DISAGREE);
    assertThat(d.readings()).allSatisfy(r -> assertThat(r.lattice()).isNull());
  }
}
