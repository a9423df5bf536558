package org.quizmarker.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcLatticeTest {

  // classes: 0 blank, 1 'a', 2 'b', 3 '中', 4 '7', 5 space
  private final CtcDecoder decoder = new CtcDecoder(List.of("a", "b", "中", "7"));

  /** Quantisation error per time step is at most half a step (1/16 nat). */
  private static final double Q = 0.5 / CtcLattice.SCALE;

  private static float[] step(float blank, float a, float b, float han, float seven, float space) {
    return new float[] {blank, a, b, han, seven, space};
  }

  @Test
  void forwardSumsEveryAlignmentOfTheText() {
    float[][] probs = {step(0.3f, 0.6f, 0.1f, 0, 0, 0), step(0.5f, 0.4f, 0.1f, 0, 0, 0)};
    CtcLattice lattice = decoder.decode(probs).lattice();
    // "a" over two steps: a a, a _, _ a
    double a = 0.6 * 0.4 + 0.6 * 0.5 + 0.3 * 0.4;
    assertThat(lattice.logProbability("a")).isCloseTo(Math.log(a), offset(2 * Q));
    // "ab": only a then b
    assertThat(lattice.logProbability("ab")).isCloseTo(Math.log(0.6 * 0.1), offset(2 * Q));
    // nothing: blank blank
    assertThat(lattice.logProbability("")).isCloseTo(Math.log(0.3 * 0.5), offset(2 * Q));
    // a repeated letter needs a blank between: three steps at least
    assertThat(lattice.logProbability("aa")).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void bestPathIsTheGreedyReading() {
    float[][] probs = {step(0.3f, 0.6f, 0.1f, 0, 0, 0), step(0.5f, 0.4f, 0.1f, 0, 0, 0)};
    CtcLattice lattice = decoder.decode(probs).lattice();
    assertThat(lattice.bestPathText()).isEqualTo("a");
    assertThat(lattice.bestPathLogProbability()).isCloseTo(Math.log(0.6 * 0.5), offset(2 * Q));
    // summing over alignments, the text is more likely than its best path alone
    assertThat(lattice.logProbability("a")).isGreaterThan(lattice.bestPathLogProbability());
  }

  @Test
  void nonAsciiMassIsRemovedAndTheRestRenormalised() {
    // the Chinese class takes half the step; a and blank share the other half equally
    float[][] probs = {step(0.25f, 0.25f, 0, 0.5f, 0, 0)};
    CtcLattice lattice = decoder.decode(probs).lattice();
    assertThat(lattice.logProbability("a")).isCloseTo(Math.log(0.5), offset(Q));
  }

  @Test
  void aCharacterNotKeptGetsAtMostTheLeastKeptProbability() {
    float[] s = new float[6];
    s[1] = 0.97f;
    s[0] = 0.01f;
    s[2] = 0.01f;
    s[4] = 0.01f;
    CtcLattice lattice =
        CtcLattice.prune(
            new float[][] {s},
            new String[] {"", "a", "b", "中", "7", " "},
            new boolean[] {true, true, true, false, true, true},
            2);
    double kept = lattice.logProbability("b");
    double notKept = lattice.logProbability("7"); // the third character: pruned with k = 2
    assertThat(notKept).isLessThanOrEqualTo(kept);
    assertThat(notKept).isLessThan(Math.log(0.01));
  }

  @Test
  void encodingRoundTripsAndScoresTheSame() {
    float[][] probs = {
      step(0.1f, 0.8f, 0.1f, 0, 0, 0),
      step(0.9f, 0.05f, 0.05f, 0, 0, 0),
      step(0.2f, 0.1f, 0.7f, 0, 0, 0)
    };
    CtcLattice lattice = decoder.decode(probs).lattice();
    String text = lattice.encode();
    CtcLattice back = CtcLattice.decode(text);
    assertThat(back.encode()).isEqualTo(text);
    assertThat(back.steps()).isEqualTo(3);
    assertThat(back.logProbability("ab")).isEqualTo(lattice.logProbability("ab"));
    assertThat(back.bestPathText()).isEqualTo("ab");
    // one byte each for the blank and k (class, log-probability) pairs per step, plus a header
    assertThat(java.util.Base64.getDecoder().decode(text))
        .hasSize(2 + 3 * (1 + 2 * CtcDecoder.LATTICE_WIDTH));
  }

  @Test
  void damagedTextIsRefused() {
    assertThatThrownBy(() -> CtcLattice.decode("AAAA"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CtcLattice.decode("not base64!"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLatticeAfterTheNumberStartsWhereTheNumberEnds() {
    // "7 a": 7 7 _ space _ a
    float[][] probs = {
      step(0.05f, 0, 0, 0, 0.95f, 0),
      step(0.05f, 0, 0, 0, 0.95f, 0),
      step(0.95f, 0, 0, 0, 0.05f, 0),
      step(0.05f, 0, 0, 0, 0, 0.95f),
      step(0.95f, 0.05f, 0, 0, 0, 0),
      step(0.05f, 0.95f, 0, 0, 0, 0)
    };
    CtcDecoder.Decoded d = decoder.decode(probs);
    assertThat(d.text()).isEqualTo("7 a");
    CtcLattice after = d.lattice().from(d.charEnds()[0]);
    assertThat(after.steps()).isEqualTo(4);
    assertThat(after.bestPathText()).isEqualTo(" a");
    assertThat(d.charEnds()).containsExactly(2, 4, 6);
  }
}
