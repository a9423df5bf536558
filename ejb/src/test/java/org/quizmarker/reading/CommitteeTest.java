package org.quizmarker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.AnswerParser;
import org.quizmarker.ocr.Box;
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

  private static Committee.DetectedLine detected(int y, String v4) {
    return new Committee.DetectedLine(new Box(10, y, 300, 40), new PpOcrEngine.LineText(v4, 90));
  }

  /** Tesseract merged the last lines, so its parse put question 6 on the line of question 13. */
  private final List<Committee.DetectedLine> page =
      List.of(detected(100, "5: pelse"), detected(200, "6: 46"), detected(900, "13:cytopleasm"));

  @Test
  void tesseractsLineIsAnothersWhenV4ReadTheNumberOnlyOnPpocrsLine() {
    assertThat(Committee.tesseractsLineIsAnothers(6, page, 2, 1, false)).isTrue();
  }

  @Test
  void tesseractsLineStandsWhereV4ReadTheNumberOnItOrNowhere() {
    // v4 read 6 on Tesseract's line too: the two parsings really conflict
    List<Committee.DetectedLine> both =
        List.of(detected(100, "6: pelse"), detected(200, "6: 46"), detected(900, "13:x"));
    assertThat(Committee.tesseractsLineIsAnothers(6, both, 0, 1, false)).isFalse();
    // v4 read the number on neither line
    assertThat(Committee.tesseractsLineIsAnothers(7, page, 2, 1, false)).isFalse();
  }

  @Test
  void tesseractsLineStandsWhenPpocrsNumberIsInDoubtOrTheLinesAgree() {
    assertThat(Committee.tesseractsLineIsAnothers(6, page, 2, 1, true)).isFalse();
    assertThat(Committee.tesseractsLineIsAnothers(6, page, 1, 1, false)).isFalse();
    assertThat(Committee.tesseractsLineIsAnothers(6, page, -1, 1, false)).isFalse();
    assertThat(Committee.tesseractsLineIsAnothers(6, page, 2, -1, false)).isFalse();
  }
}
