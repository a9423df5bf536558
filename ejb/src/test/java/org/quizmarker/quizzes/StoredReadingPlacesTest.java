package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
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
  void boxesAsObjectsAndEveryReadersReadingAreUnderstoodAndTheFirstAnswerOfANumberCounts() {
    String json =
        "{\"answers\":[{\"q\":3,\"box\":{\"x\":1,\"y\":2,\"width\":30,\"height\":4},"
            + "\"readings\":[{\"engine\":\"tesseract\",\"text\":\"Pari\",\"confidence\":55.5},"
            + "{\"engine\":\"ppocr\",\"text\":\"Paris\"},{\"bad\":1}]},"
            + "{\"q\":3,\"box\":[9,9,9,9]}]}";
    AnswerPlace place = StoredReadingPlaces.read(json).get(3);
    assertThat(place.box()).isEqualTo(new Box(1, 2, 30, 4));
    assertThat(place.readings())
        .containsExactly(
            new AnswerPlace.Reading("tesseract", "Pari", 55.5),
            new AnswerPlace.Reading("ppocr", "Paris", null));
  }

  @Test
  void aMissingOrUnreadableReadingOrABadBoxGivesNoPlace() {
    assertThat(StoredReadingPlaces.read(null)).isEmpty();
    assertThat(StoredReadingPlaces.read("not json")).isEmpty();
    assertThat(StoredReadingPlaces.read("{\"answers\":5}")).isEmpty();
    assertThat(StoredReadingPlaces.read("{\"answers\":[{\"q\":1,\"box\":[1,2,0,4]}]}").get(1).box())
        .isNull();
    assertThat(StoredReadingPlaces.read("{\"answers\":[{\"q\":1,\"box\":[1,2]}]}").get(1).box())
        .isNull();
  }
}
