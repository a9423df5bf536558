package org.quizmarker.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

  // classes: 0 blank, 1 'a', 2 'b', 3 '中', 4 '7', 5 space
  private final CtcDecoder decoder = new CtcDecoder(List.of("a", "b", "中", "7"));

  private static float[] step(int best, float p) {
    float[] s = new float[6];
    java.util.Arrays.fill(s, (1 - p) / 5);
    s[best] = p;
    return s;
  }

  @Test
  void collapsesRepeatsAndDropsBlanks() {
    float[][] probs = {
      step(1, 0.9f), step(1, 0.8f), step(0, 0.9f), step(1, 0.7f), step(2, 0.6f), step(0, 0.99f)
    };
    CtcDecoder.Decoded d = decoder.decode(probs);
    assertThat(d.text()).isEqualTo("aab");
    assertThat(d.probability())
        .isCloseTo((0.9 + 0.7 + 0.6) / 3, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void nonAsciiClassesAreNeverChosen() {
    float[] s = new float[6];
    s[3] = 0.6f; // the Chinese character is most probable
    s[4] = 0.3f;
    s[0] = 0.1f;
    assertThat(decoder.decode(new float[][] {s}).text()).isEqualTo("7");
  }

  @Test
  void lastClassIsASpaceAndTheTextIsStripped() {
    float[][] probs = {step(5, 0.9f), step(4, 0.9f), step(5, 0.9f), step(1, 0.9f), step(5, 0.9f)};
    assertThat(decoder.decode(probs).text()).isEqualTo("7 a");
  }

  @Test
  void blankOnlyIsEmptyWithZeroConfidence() {
    CtcDecoder.Decoded d = decoder.decode(new float[][] {step(0, 0.9f), step(0, 0.9f)});
    assertThat(d.text()).isEmpty();
    assertThat(d.probability()).isZero();
  }

  @Test
  void wrongClassCountIsRefused() {
    assertThat(decoder.classCount()).isEqualTo(6);
    assertThatThrownBy(() -> decoder.decode(new float[][] {new float[5]}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
