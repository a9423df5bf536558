package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GraderTest {

  private static final KeyQuestion CAPITAL = KeyQuestion.of(1, QuestionType.TEXT, "Paris");
  private static final KeyQuestion YEAR = KeyQuestion.of(2, QuestionType.NUMBER, "1776");
  private static final KeyQuestion HALF = KeyQuestion.of(3, QuestionType.NUMBER, "1/2", "0.5");
  private static final KeyQuestion ORGANELLE = KeyQuestion.of(4, QuestionType.CHOICE, "B");
  private static final KeyQuestion WALL = KeyQuestion.of(5, QuestionType.BOOLEAN, "False", "F");
  private static final KeyQuestion POWERHOUSE =
      new KeyQuestion(
          6, "", List.of("mitochondria", "mitochondrion"), 2.0, QuestionType.TEXT, null);

  private static final AnswerKey KEY =
      new AnswerKey("Mixed", List.of(CAPITAL, YEAR, HALF, ORGANELLE, WALL, POWERHOUSE));

  private final Grader grader = new Grader();

  static Stream<Arguments> decisions() {
    return Stream.of(
        // decided: confident and plainly right or wrong
        Arguments.of(CAPITAL, "Paris", 95.0, true, null),
        Arguments.of(CAPITAL, "paris.", 80.0, true, null),
        Arguments.of(CAPITAL, "Rome", 95.0, false, null),
        Arguments.of(YEAR, "1812", 90.0, false, null),
        Arguments.of(HALF, ".5", 90.0, true, null),
        Arguments.of(ORGANELLE, "(b)", 90.0, true, null),
        Arguments.of(ORGANELLE, "C", 90.0, false, null),
        Arguments.of(WALL, "f", 90.0, true, null),
        Arguments.of(WALL, "True", 90.0, false, null),
        // a low confidence is reviewed even when the reading matches
        Arguments.of(CAPITAL, "Paris", 40.0, true, ReviewReason.LOW_CONFIDENCE),
        Arguments.of(CAPITAL, "Rome", 69.9, false, ReviewReason.LOW_CONFIDENCE),
        Arguments.of(YEAR, "4x5", 20.0, null, ReviewReason.LOW_CONFIDENCE),
        // a near miss may be an OCR error of a correct answer
        Arguments.of(CAPITAL, "Pads", 90.0, false, ReviewReason.NEAR_MISS),
        Arguments.of(POWERHOUSE, "mitochondia", 95.0, false, ReviewReason.NEAR_MISS),
        Arguments.of(YEAR, "1778", 90.0, false, ReviewReason.NEAR_MISS),
        Arguments.of(YEAR, "l776", 90.0, false, ReviewReason.NEAR_MISS),
        Arguments.of(ORGANELLE, "8", 90.0, false, ReviewReason.NEAR_MISS),
        // not a value of the type
        Arguments.of(YEAR, "4x5", 95.0, null, ReviewReason.UNPARSED),
        Arguments.of(ORGANELLE, "B C", 95.0, null, ReviewReason.UNPARSED),
        Arguments.of(WALL, "Tme", 95.0, null, ReviewReason.UNPARSED),
        Arguments.of(CAPITAL, "", 95.0, null, ReviewReason.UNPARSED),
        // ... unless confidently and clearly wrong
        Arguments.of(YEAR, "Paris", 95.0, false, null),
        Arguments.of(YEAR, "Paris", 80.0, false, ReviewReason.UNPARSED),
        Arguments.of(ORGANELLE, "chloroplast", 92.0, false, null),
        Arguments.of(WALL, "yes", 92.0, false, null),
        // an exact reading (not from OCR) is decided by the grading rule alone
        Arguments.of(POWERHOUSE, "mitochondia", 100.0, false, null),
        Arguments.of(YEAR, "4x5", 100.0, false, null),
        Arguments.of(CAPITAL, "Pads", 100.0, false, null),
        Arguments.of(POWERHOUSE, "Mitochondrion", 100.0, true, null));
  }

  @ParameterizedTest(name = "q{0}: \"{1}\" at {2} -> {3} {4}")
  @MethodSource("decisions")
  void decidesOrFlags(
      KeyQuestion question, String text, double confidence, Boolean correct, ReviewReason reason) {
    AnswerDecision decision =
        grader.decide(question, new ParsedAnswer(question.q(), text, confidence, 0, null));

    assertThat(decision.q()).isEqualTo(question.q());
    assertThat(decision.text()).isEqualTo(text);
    assertThat(decision.confidence()).isEqualTo(confidence);
    assertThat(decision.correct()).isEqualTo(correct);
    assertThat(decision.reason()).isEqualTo(reason);
    assertThat(decision.needsReview()).isEqualTo(reason != null);
    assertThat(decision.points()).isEqualTo(Boolean.TRUE.equals(correct) ? question.points() : 0.0);
    assertThat(decision.maxPoints()).isEqualTo(question.points());
  }

  @Test
  void aQuestionMissingFromTheSheetIsNeverSilentlyWrong() {
    AnswerDecision decision = grader.decide(CAPITAL, null);

    assertThat(decision)
        .isEqualTo(new AnswerDecision(1, null, null, null, 0.0, true, ReviewReason.NOT_FOUND, 1.0));
  }

  @Test
  void anAnswerWhoseNumberBrokeTheSheetsOrderIsReviewed() {
    ParsedAnswer doubted = new ParsedAnswer(1, "Paris", 96, 7, null, true);

    AnswerDecision decision = grader.decide(CAPITAL, doubted);

    assertThat(decision.correct()).isTrue();
    assertThat(decision.needsReview()).isTrue();
    assertThat(decision.reason()).isEqualTo(ReviewReason.UNPARSED);
    assertThat(grader.decide(CAPITAL, answer(1, "Paris", 96)).needsReview()).isFalse();
  }

  @Test
  void gradesASheet() {
    List<ParsedAnswer> answers =
        List.of(
            answer(1, "Paris", 96),
            answer(2, "1776", 93),
            answer(3, "0.5", 91),
            answer(4, "C", 90),
            answer(6, "mitochondria", 95),
            answer(9, "extra", 99));

    GradedSheet sheet = grader.grade(KEY, answers);

    assertThat(sheet.answers())
        .extracting(AnswerDecision::q, AnswerDecision::correct, AnswerDecision::reason)
        .containsExactly(
            tuple(1, true, null),
            tuple(2, true, null),
            tuple(3, true, null),
            tuple(4, false, null),
            tuple(5, null, ReviewReason.NOT_FOUND),
            tuple(6, true, null));
    assertThat(sheet.score()).isEqualTo(5.0);
    assertThat(sheet.maxScore()).isEqualTo(7.0);
    assertThat(sheet.needsReview()).isTrue();
    assertThat(sheet.reviewCount()).isEqualTo(1);
  }

  @Test
  void aSheetWithEverythingDecidedNeedsNoReview() {
    AnswerKey key = new AnswerKey("Two", List.of(CAPITAL, YEAR));

    GradedSheet sheet = grader.grade(key, List.of(answer(1, "Rome", 95), answer(2, "1776", 95)));

    assertThat(sheet.needsReview()).isFalse();
    assertThat(sheet.score()).isEqualTo(1.0);
    assertThat(sheet.maxScore()).isEqualTo(2.0);
  }

  @Test
  void theFirstOfARepeatedAnswerCounts() {
    AnswerKey key = new AnswerKey("One", List.of(CAPITAL));

    GradedSheet sheet = grader.grade(key, List.of(answer(1, "Paris", 95), answer(1, "Rome", 95)));

    assertThat(sheet.answer(1)).map(AnswerDecision::correct).contains(true);
  }

  @Test
  void gradesAParsedSheet() {
    ParsedSheet parsed =
        new AnswerParser()
            .parse("Name: Ann\n1. Paris\n2) 1776\nQ3: 1/2\n4 - (B)\n#5 F\n6: Mitochondrion");

    GradedSheet sheet = grader.grade(KEY, parsed);

    assertThat(sheet.score()).isEqualTo(7.0);
    assertThat(sheet.needsReview()).isFalse();
  }

  @ParameterizedTest(name = "min confidence {0}: 65 is reviewed: {1}")
  @CsvSource({"60, false", "70, true", "0, false", "100, true"})
  void theMinimumConfidenceIsConfigurable(double minConfidence, boolean reviewed) {
    Grader strict =
        new Grader(
            new GradingPolicy(minConfidence, 100.0, 100.0, TextMatcher.DEFAULT_NEAR_MISS_RATIO));

    assertThat(strict.decide(CAPITAL, answer(1, "Paris", 65)).needsReview()).isEqualTo(reviewed);
  }

  @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
  @CsvSource({"-1, 90, 100, 0.4", "70, 101, 100, 0.4", "70, 90, NaN, 0.4", "70, 90, 100, 1.0"})
  void rejectsABadPolicy(double min, double clearlyWrong, double exact, double ratio) {
    assertThatThrownBy(() -> new GradingPolicy(min, clearlyWrong, exact, ratio))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultPolicy() {
    assertThat(GradingPolicy.DEFAULT)
        .isEqualTo(new GradingPolicy(70.0, 90.0, 100.0, 0.4))
        .isEqualTo(GradingPolicy.withMinConfidence(70.0));
    assertThat(new Grader().policy()).isEqualTo(GradingPolicy.DEFAULT);
  }

  @ParameterizedTest(name = "override {1}/{2} of a {0}")
  @CsvSource({
    // automatic verdict, teacher's correct, teacher's points, points awarded
    "near_miss, true, , 2.0",
    "near_miss, false, , 0.0",
    "near_miss, true, 1.5, 1.5",
    "correct, false, , 0.0",
    "wrong, true, , 2.0",
    "wrong, false, 0.5, 0.5",
  })
  void anOverrideWinsAndClearsTheReview(
      String automatic, boolean correct, Double points, double awarded) {
    String text =
        switch (automatic) {
          case "near_miss" -> "mitochondia";
          case "correct" -> "mitochondria";
          default -> "ribosome";
        };
    AnswerDecision decision = grader.decide(POWERHOUSE, answer(6, text, 90));

    AnswerDecision overridden = decision.withOverride(correct, points);

    assertThat(overridden.correct()).isEqualTo(correct);
    assertThat(overridden.points()).isEqualTo(awarded);
    assertThat(overridden.needsReview()).isFalse();
    assertThat(overridden.reason()).isNull();
    assertThat(overridden.overridden()).isTrue();
    assertThat(overridden.override()).isEqualTo(new TeacherOverride(correct, points));
    assertThat(overridden.text()).isEqualTo(text);
  }

  @Test
  void rescoringHonoursOverrides() {
    GradedSheet graded =
        grader.grade(
            KEY,
            List.of(
                answer(1, "Pads", 90),
                answer(2, "1776", 95),
                answer(3, "0.5", 95),
                answer(4, "B", 95),
                answer(6, "mitochondria", 95)));
    assertThat(graded.needsReview()).isTrue();
    assertThat(graded.score()).isEqualTo(5.0);

    List<AnswerDecision> decisions =
        graded.answers().stream()
            .map(
                d ->
                    switch (d.q()) {
                      case 1 -> d.withOverride(true, null); // the OCR misread "Paris"
                      case 5 -> d.withOverride(false, null); // left blank
                      case 6 -> d.withOverride(true, 1.0); // half marks
                      default -> d;
                    })
            .toList();
    GradedSheet rescored = grader.rescore(KEY, decisions);

    assertThat(rescored.score()).isEqualTo(1.0 + 1.0 + 1.0 + 1.0 + 0.0 + 1.0);
    assertThat(rescored.maxScore()).isEqualTo(7.0);
    assertThat(rescored.needsReview()).isFalse();
  }

  @Test
  void rescoringAfterAKeyChangeUsesTheNewPoints() {
    GradedSheet graded = grader.grade(KEY, List.of(answer(1, "Pads", 90), answer(2, "1776", 95)));
    List<AnswerDecision> decisions =
        graded.answers().stream().map(d -> d.q() == 1 ? d.withOverride(true, null) : d).toList();
    AnswerKey changed =
        new AnswerKey(
            "Mixed",
            List.of(
                new KeyQuestion(1, "", List.of("Paris"), 3.0, QuestionType.TEXT, null),
                new KeyQuestion(2, "", List.of("1776"), 2.0, QuestionType.NUMBER, null),
                KeyQuestion.of(7, QuestionType.TEXT, "Nile")));

    GradedSheet rescored = grader.rescore(changed, decisions);

    assertThat(rescored.answers())
        .extracting(AnswerDecision::q, AnswerDecision::points, AnswerDecision::reason)
        .containsExactly(
            tuple(1, 3.0, null), tuple(2, 2.0, null), tuple(7, 0.0, ReviewReason.NOT_FOUND));
    assertThat(rescored.score()).isEqualTo(5.0);
    assertThat(rescored.maxScore()).isEqualTo(6.0);
    assertThat(rescored.needsReview()).isTrue();
  }

  @Test
  void regradingAfterAKeyChangeKeepsOverrides() {
    List<ParsedAnswer> answers = List.of(answer(1, "Pads", 90), answer(2, "1776", 95));
    GradedSheet first = grader.grade(KEY, answers);
    List<AnswerDecision> overridden =
        first.answers().stream().map(d -> d.q() == 1 ? d.withOverride(true, null) : d).toList();
    AnswerKey fixed =
        new AnswerKey("Mixed", List.of(CAPITAL, KeyQuestion.of(2, QuestionType.NUMBER, "1812")));

    GradedSheet regraded = grader.regrade(fixed, answers, overridden);

    assertThat(regraded.answers())
        .extracting(AnswerDecision::q, AnswerDecision::correct, AnswerDecision::overridden)
        .containsExactly(tuple(1, true, true), tuple(2, false, false));
    assertThat(regraded.score()).isEqualTo(1.0);
    assertThat(regraded.needsReview()).isFalse();
  }

  @Test
  void rejectsNegativeOverridePoints() {
    AnswerDecision decision = grader.decide(CAPITAL, answer(1, "Paris", 95));

    assertThatThrownBy(() -> decision.withOverride(true, -1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LOW_CONFIDENCE, low_confidence",
    "NEAR_MISS, near_miss",
    "NOT_FOUND, not_found",
    "UNPARSED, unparsed"
  })
  void reviewReasonsHaveWireNames(ReviewReason reason, String wireName) {
    assertThat(reason.wireName()).isEqualTo(wireName);
    assertThat(ReviewReason.fromWireName(wireName)).contains(reason);
  }

  private static ParsedAnswer answer(int q, String text, double confidence) {
    return new ParsedAnswer(q, text, confidence, q, null);
  }
}
