package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.ReaderText;
import org.quizmarker.grading.ReaderTextsJson;
import org.quizmarker.reading.SheetReadingJson;

class StoredReadingPlacesTest {

  @Test
  void theBoxesOfAStoredReadingAreFoundByQuestion() {
    String json =
        SheetReadingJson.write(
            new ParsedSheet(
                "Quiz",
                "Ada",
                "1",
                List.of(
                    new ParsedAnswer(1, "Paris", 91, 0, new Box(10, 20, 300, 40)),
                    new ParsedAnswer(2, "4", 60, 1, null)),
                List.of()));
    Map<Integer, AnswerPlace> places = StoredReadingPlaces.read(json);
    assertThat(places.get(1).box()).isEqualTo(new Box(10, 20, 300, 40));
    assertThat(places.get(2).box()).isNull();
    assertThat(places.get(1).readings()).isEmpty();
  }

  @Test
  void everyReadersReadingIsKeptAndTheFirstAnswerOfANumberCounts() {
    List<ReaderText> readings =
        List.of(
            new ReaderText(ReaderText.TESSERACT, "Pari", 55.5),
            new ReaderText(ReaderText.PPOCR_V4, "Paris", 93.0));
    String json =
        SheetReadingJson.write(
            new ParsedSheet(
                null,
                null,
                null,
                List.of(
                    new ParsedAnswer(3, "Pari", 55.5, 0, new Box(1, 2, 30, 4), false, readings),
                    new ParsedAnswer(3, "x", 20, 1, new Box(9, 9, 9, 9))),
                List.of()));
    AnswerPlace place = StoredReadingPlaces.read(json).get(3);
    assertThat(place.box()).isEqualTo(new Box(1, 2, 30, 4));
    assertThat(place.readings()).isEqualTo(readings);
  }

  @Test
  void aMissingOrUnreadableReadingOrABadBoxGivesNoPlace() {
    assertThat(StoredReadingPlaces.read(null)).isEmpty();
    assertThat(StoredReadingPlaces.read("not json")).isEmpty();
    assertThat(StoredReadingPlaces.read("{\"answers\":5}")).isEmpty();
    assertThat(
            StoredReadingPlaces.read(
                    "{\"answers\":[{\"q\":1,\"text\":\"a\",\"confidence\":50,\"box\":[1,2,0,4]}]}")
                .get(1)
                .box())
        .isNull();
    assertThat(StoredReadingPlaces.read("{\"answers\":[{\"q\":1,\"box\":[1,2]}]}")).isEmpty();
  }

  @Test
  void aTeacherSeesTheReadingsAsGradedWithTheirKeyScoresElseAsRead() {
    List<ReaderText> read =
        List.of(
            new ReaderText(ReaderText.TESSERACT, "Pari", 55.5),
            new ReaderText(ReaderText.PPOCR_V4, "Parls", 80.0, "AQID", null));
    AnswerPlace place = new AnswerPlace(null, read);
    List<ReaderText> graded =
        List.of(
            new ReaderText(ReaderText.TESSERACT, "Pari", 55.5),
            new ReaderText(ReaderText.PPOCR_V4, "Parls", 80.0, null, -2.4));
    assertThat(place.shownReadings(ReaderTextsJson.write(graded))).isEqualTo(graded);
    assertThat(place.shownReadings(ReaderTextsJson.write(graded)).get(1).keyScore())
        .isEqualTo(-2.4);
    assertThat(place.shownReadings(null)).isEqualTo(read);
    assertThat(place.shownReadings("[]")).isEqualTo(read);
  }
}
