package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobEventBusTest {
  private final JobEventBus bus = new JobEventBus();

  @Test
  void listenersPollEverySecondUnlessOtherNodesChangesAreRelayed() {
    assertThat(bus.pollMillis()).isEqualTo(JobEventBus.POLL_ALONE_MS);
    bus.otherNodesHeard(true);
    assertThat(bus.pollMillis()).isEqualTo(JobEventBus.POLL_RELAYED_MS);
    bus.otherNodesHeard(false); // Redis went away: back to polling
    assertThat(bus.pollMillis()).isEqualTo(JobEventBus.POLL_ALONE_MS);
  }

  @Test
  void aPublishedSnapshotReachesTheListenersOfItsJobOnlyUntilTheyUnsubscribe() {
    UUID job = UUID.randomUUID();
    List<Long> heard = new ArrayList<>();
    Runnable unsubscribe = bus.subscribe(job, s -> heard.add(s.revision()));
    bus.publish(snapshot(job, 1));
    bus.publish(snapshot(UUID.randomUUID(), 2));
    unsubscribe.run();
    bus.publish(snapshot(job, 3));
    assertThat(heard).containsExactly(1L);
  }

  private static JobSnapshot snapshot(UUID job, long revision) {
    return new JobSnapshot(
        job,
        1,
        JobType.UPLOAD,
        JobStatus.PROCESSING,
        0,
        null,
        java.time.Instant.EPOCH,
        null,
        null,
        null,
        revision,
        null,
        1,
        0,
        0);
  }
}
