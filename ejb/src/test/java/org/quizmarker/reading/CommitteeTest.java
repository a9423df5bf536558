package org.quizmarker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quizmarker.grading.AnswerParser;
import org.quizmarker.ocr.ppocr.CtcDecoder;
import org.quizmarker.ocr.ppocr.PpOcrEngine;

/** How an extra reader's line is matched to the question it answers. */
class CommitteeTest {

  private final AnswerParser parser = new AnswerParser();

  @Test
  void theKnownNumberIsStrippedFirst() {
    assertThat(Committee.numbered(parser, 3, "#37")).contains("7");
  }

  @Test
  void aNumberOnlyTheParserRecognisesStillGivesTheAnswer() {
    assertThat(Committee.numbered(parser, 12, "(l2) mitosis")).contains("mitosis");
    assertThat(Committee.numbered(parser, 3, "G3: nucleus")).contains("nucleus");
  }

  @Test
  void anotherQuestionsLineGivesNothing() {
    assertThat(Committee.numbered(parser, 4, "(l2) mitosis")).isEmpty();
    assertThat(Committee.numbered(parser, 4, "photosynthesis")).isEmpty();
  }

  private static PpOcrEngine.LineText line(String text, int... ends) {
    return new PpOcrEngine.LineText(text, 90, new CtcDecoder.Decoded(text, 0.9, null, ends));
  }

  @Test
  void theAnswerStartsAfterTheKnownNumber() {
    // "#37": v4 dropped the space; the number 3 ends at time step 4
    assertThat(Committee.answerStart(3, line("#37", 2, 4, 6), "7")).hasValue(4);
  }

  @Test
  void elseBeforeTheAnswerTheParserFound() {
    // "(l2) cat": the parser reads l2 as 12; the answer starts after the space
    int[] ends = {1, 2, 3, 4, 5, 6, 7, 8};
    assertThat(Committee.answerStart(12, line("(l2) cat", ends), "cat")).hasValue(5);
    assertThat(Committee.answerStart(12, line("(l2) cat", ends), "dog")).isEmpty();
    assertThat(Committee.answerStart(12, line("(l2) cat", ends), null)).isEmpty();
  }

  @Test
  void withoutTheModelsOutputThereIsNoStart() {
    assertThat(Committee.answerStart(3, new PpOcrEngine.LineText("3. cat", 90), "cat")).isEmpty();
  }
}
