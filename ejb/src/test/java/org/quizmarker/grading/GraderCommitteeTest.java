package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraderCommitteeTest {

  private static final KeyQuestion CAPITAL = KeyQuestion.of(1, QuestionType.TEXT, "Paris");
  private static final KeyQuestion DECIMAL = KeyQuestion.of(2, QuestionType.NUMBER, "23.5");
  private static final KeyQuestion ORGAN = KeyQuestion.of(3, QuestionType.CHOICE, "B");

  private static final CommitteeRule RULE = new CommitteeRule(50, 95, false, true);
  private final Grader grader = new Grader(GradingPolicy.DEFAULT.withCommittee(RULE));

  private static ParsedAnswer answer(int q, ReaderText... readings) {
    return new ParsedAnswer(q, readings[0].text(), readings[0].confidence(), 0, null)
        .withReadings(List.of(readings));
  }

  private static ReaderText tess(String text, double confidence) {
    return new ReaderText(ReaderText.TESSERACT, text, confidence);
  }

  private static ReaderText v4(String text, double confidence) {
    return new ReaderText(ReaderText.PPOCR_V4, text, confidence);
  }

  private static ReaderText v3(String text, double confidence) {
    return new ReaderText(ReaderText.PPOCR_V3, text, confidence);
  }

  @Test
  void tesseractAndPpocrAgreeingDecideEvenAtLowTesseractConfidence() {
    AnswerDecision d = grader.decide(CAPITAL, answer(1, tess("paris", 40), v4("Paris", 90)));
    assertThat(d.needsReview()).isFalse();
    assertThat(d.correct()).isTrue();
    assertThat(d.readings())
        .extracting(ReaderText::engine)
        .containsExactly("tesseract", "ppocr-v4");
  }

  @Test
  void numbersAgreeByValueAndChoicesByLetter() {
    assertThat(grader.decide(DECIMAL, answer(2, tess("23.50", 80), v4("23.5", 90))).needsReview())
        .isFalse();
    AnswerDecision choice = grader.decide(ORGAN, answer(3, tess("(c)", 80), v4("C", 90)));
    assertThat(choice.needsReview()).isFalse();
    assertThat(choice.correct()).isFalse();
  }

  @Test
  void disagreementGoesToReviewWithEveryReading() {
    // the measured misreading that Tesseract alone marked wrong with confidence
    AnswerDecision d =
        grader.decide(DECIMAL, answer(2, tess("245", 91), v4("23.5", 88), v3("23.6", 70)));
    assertThat(d.needsReview()).isTrue();
    assertThat(d.reason()).isEqualTo(ReviewReason.READERS_DISAGREE);
    assertThat(d.readings()).hasSize(3);
  }

  @Test
  void ppocrModelsAloneDecideOnlyAboveThePairConfidence() {
    AnswerDecision sure =
        grader.decide(CAPITAL, answer(1, tess("Pans", 60), v4("Paris", 98), v3("paris", 96)));
    assertThat(sure.needsReview()).isFalse();
    assertThat(sure.text()).isEqualTo("Paris");
    AnswerDecision unsure =
        grader.decide(CAPITAL, answer(1, tess("Pans", 60), v4("Paris", 98), v3("paris", 90)));
    assertThat(unsure.reason()).isEqualTo(ReviewReason.READERS_DISAGREE);
  }

  @Test
  void agreedNearMissFollowsTheRule() {
    ParsedAnswer pars = answer(1, tess("Pars", 90), v4("Pars", 90));
    assertThat(grader.decide(CAPITAL, pars).reason()).isEqualTo(ReviewReason.NEAR_MISS);
    Grader deciding =
        new Grader(GradingPolicy.DEFAULT.withCommittee(new CommitteeRule(50, 95, true, true)));
    AnswerDecision decided = deciding.decide(CAPITAL, pars);
    assertThat(decided.needsReview()).isFalse();
    assertThat(decided.correct()).isFalse();
  }

  @Test
  void agreementBelowTheAgreedConfidenceIsReviewed() {
    assertThat(grader.decide(CAPITAL, answer(1, tess("Paris", 30), v4("Paris", 45))).reason())
        .isEqualTo(ReviewReason.READERS_DISAGREE);
  }

  @Test
  void oneReadingKeepsTheOneReaderRule() {
    ParsedAnswer only = new ParsedAnswer(1, "Paris", 95, 0, null);
    AnswerDecision d = grader.decide(CAPITAL, only);
    assertThat(d.needsReview()).isFalse();
    assertThat(d.readings()).isEmpty();
  }
}
