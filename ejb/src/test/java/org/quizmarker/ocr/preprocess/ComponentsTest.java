package org.quizmarker.ocr.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizmarker.ocr.preprocess.Components.Component;

class ComponentsTest {

  private static List<Component> components(String... rows) {
    int w = rows[0].length();
    String all = String.join("", rows);
    List<Component> found = new ArrayList<>();
    Components.visit(w, rows.length, p -> all.charAt(p) == '#', found::add);
    return found;
  }

  @Test
  void diagonalNeighboursJoin_andEachComponentHasItsBoxAndArea() {
    List<Component> found =
        components(
            "#....", //
            ".#..#", //
            "....#", //
            "##...");
    assertThat(found)
        .containsExactly(
            new Component(0, 0, 1, 1, 2),
            new Component(4, 1, 4, 2, 2),
            new Component(0, 3, 1, 3, 2));
    assertThat(found.get(1).width()).isEqualTo(1);
    assertThat(found.get(1).height()).isEqualTo(2);
  }

  @Test
  void aVisitorThatAnswersFalseEndsTheScan() {
    List<Component> found = new ArrayList<>();
    Components.visit(
        5,
        1,
        p -> p % 2 == 0,
        c -> {
          found.add(c);
          return found.size() < 2;
        });
    assertThat(found).hasSize(2);
  }

  @Test
  void anEmptyImageHasNone() {
    assertThat(components(".....", ".....")).isEmpty();
  }
}
