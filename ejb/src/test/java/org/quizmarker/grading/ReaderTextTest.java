package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderTextTest {

  private final ReaderText scored = new ReaderText("ppocr-v4", "Paris", 91.0, "AQYLATTICE", -1.5);

  @Test
  void theApiShowsTheKeyScoreButNeverTheLattice() throws Exception {
    try (var jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(scored);
      assertThat(json).contains("\"keyScore\":-1.5").doesNotContain("AQYLATTICE");
    }
  }

  @Test
  void theStoredFormKeepsTheLatticeAndTheScore() {
    List<ReaderText> back = ReaderTextsJson.read(ReaderTextsJson.write(List.of(scored)));
    assertThat(back).containsExactly(scored);
    ReaderText plain = new ReaderText(ReaderText.TESSERACT, "Paris", 80.5);
    assertThat(ReaderTextsJson.write(List.of(plain))).doesNotContain("lattice", "key_score");
  }
}
