package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StallDetectorTest {
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();
  private final StallDetector detector = new StallDetector();

  @Test
  void aJobIsStalledOnlyWhenSeenOnTwoChecksInARow() {
    assertThat(detector.stalled(List.of(a))).isEmpty();
    assertThat(detector.stalled(List.of(a, b))).containsExactly(a);
    assertThat(detector.stalled(List.of(b))).containsExactly(b);
  }

  @Test
  void aJobThatEndedInBetweenIsForgotten() {
    detector.stalled(List.of(a));
    assertThat(detector.stalled(List.of())).isEmpty();
    assertThat(detector.stalled(List.of(a))).isEmpty();
  }
}
