package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelayedEventCodecTest {
  private final JobSnapshot snapshot =
      new JobSnapshot(
          UUID.randomUUID(),
          7,
          JobType.UPLOAD,
          JobStatus.PROCESSING,
          35,
          "Processing image 2 of 3",
          Instant.parse("2026-11-19T13:00:00Z"),
          Instant.parse("2026-11-19T13:00:01Z"),
          null,
          null,
          4,
          12L,
          3,
          1,
          1);

  @Test
  void progressAndMarksSurviveTheWire() {
    RelayedEvent progress = new RelayedEvent.Progress("node-a", snapshot);
    RelayedEvent marks = new RelayedEvent.Marks("node-b");
    assertThat(RelayedEventCodec.decode(RelayedEventCodec.encode(progress))).contains(progress);
    assertThat(RelayedEventCodec.decode(RelayedEventCodec.encode(marks))).contains(marks);
  }

  @Test
  void whatANodeCannotReadIsIgnoredNotThrown() {
    assertThat(RelayedEventCodec.decode("not json")).isEmpty();
    assertThat(RelayedEventCodec.decode("{\"origin\":\"a\",\"kind\":\"reboot\"}")).isEmpty();
    assertThat(RelayedEventCodec.decode("{\"origin\":\"a\",\"kind\":\"progress\",\"job\":\"x\"}"))
        .isEmpty();
    assertThat(RelayedEventCodec.decode("[1]")).isEmpty();
  }
}
