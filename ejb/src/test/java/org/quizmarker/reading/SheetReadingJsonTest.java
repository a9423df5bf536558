package org.quizmarker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.ReaderText;

class SheetReadingJsonTest {

  @Test
  void aStoredReadingReadsBackForRegrading() {
    ParsedSheet sheet =
        new ParsedSheet(
            "Cell Biology",
            "Ann Lee",
            "1234",
            List.of(
                new ParsedAnswer(1, "nucleus", 91.5, 0, new Box(10, 20, 300, 40)),
                new ParsedAnswer(2, "4.67", 58.0, 1, null, true),
                new ParsedAnswer(3, "mitosis", 41.0, 2, null)
                    .withReadings(
                        List.of(
                            new ReaderText(ReaderText.TESSERACT, "mitosls", 41.0),
                            new ReaderText(ReaderText.PPOCR_V4, "mitosis", 93.2),
                            new ReaderText(ReaderText.PPOCR_V3, "mitosis", 88.7)))),
            List.of("(¢) x"));

    ParsedSheet back = SheetReadingJson.read(SheetReadingJson.write(sheet));

    assertThat(back).isEqualTo(sheet);
  }

  @Test
  void readingsStoredBeforeNumbersCouldBeDoubtedAreNotInDoubt() {
    String stored =
        "{\"student_name\":null,\"answers\":[{\"q\":3,\"text\":\"B\",\"confidence\":88.0}],"
            + "\"unparsed_lines\":[]}";

    assertThat(SheetReadingJson.read(stored).answers())
        .containsExactly(new ParsedAnswer(3, "B", 88.0, 0, null, false));
  }
}
