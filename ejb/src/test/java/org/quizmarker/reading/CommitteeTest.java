package org.quizmarker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quizmarker.grading.AnswerParser;

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
}
