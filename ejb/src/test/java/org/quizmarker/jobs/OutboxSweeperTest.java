package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OutboxSweeperTest {
  private final Instant now = Instant.parse("2026-12-07T12:00:00Z");
  private final List<Instant> cutoffs = new ArrayList<>();
  private final List<List<Long>> batches = new ArrayList<>();
  private final List<List<Long>> relayed = new ArrayList<>();
  private final List<Integer> relayAnswers = new ArrayList<>();
  private boolean leaseHeld = true;

  private OutboxSweeper sweeper() {
    OutboxSweeper s = new OutboxSweeper();
    s.clock = Clock.fixed(now, ZoneOffset.UTC);
    s.leases =
        (task, term) -> {
          assertThat(task).isEqualTo(OutboxSweeper.LEASE);
          assertThat(term).isGreaterThan(OutboxSweeper.PERIOD);
          return leaseHeld;
        };
    s.rows =
        new OutboxRepository() {
          @Override
          public List<Long> idsOlderThan(Instant cutoff, int limit) {
            assertThat(limit).isEqualTo(OutboxSweeper.BATCH);
            cutoffs.add(cutoff);
            return batches.isEmpty() ? List.of() : batches.remove(0);
          }
        };
    s.relay =
        new OutboxRelay() {
          @Override
          public int sendLeftOver(List<Long> ids) {
            relayed.add(ids);
            return relayAnswers.isEmpty() ? ids.size() : relayAnswers.remove(0);
          }
        };
    return s;
  }

  private static List<Long> ids(long from, int count) {
    return LongStream.range(from, from + count).boxed().toList();
  }

  @Test
  void aNodeWithoutTheLeaseLooksForNothing() {
    leaseHeld = false;
    batches.add(ids(1, 3));
    sweeper().sweep();
    assertThat(cutoffs).isEmpty();
    assertThat(relayed).isEmpty();
  }

  @Test
  void onlyRowsOlderThanTheAgeAreSent() {
    batches.add(ids(1, 3));
    sweeper().sweep();
    assertThat(cutoffs).containsExactly(now.minus(OutboxSweeper.AGE));
    assertThat(relayed).containsExactly(ids(1, 3));
  }

  @Test
  void nothingLeftOverSendsNothing() {
    sweeper().sweep();
    assertThat(cutoffs).hasSize(1);
    assertThat(relayed).isEmpty();
  }

  @Test
  void fullBatchesAreFollowedUntilAShortOne() {
    batches.add(ids(1, OutboxSweeper.BATCH));
    batches.add(ids(1 + OutboxSweeper.BATCH, 2));
    sweeper().sweep();
    assertThat(relayed).containsExactly(ids(1, OutboxSweeper.BATCH), ids(101, 2));
  }

  @Test
  void aFullBatchAnotherSenderTookEndsTheSweep() {
    batches.add(ids(1, OutboxSweeper.BATCH));
    batches.add(ids(1, OutboxSweeper.BATCH));
    relayAnswers.add(0);
    sweeper().sweep();
    assertThat(relayed).hasSize(1);
  }

  @Test
  void aFailedSweepIsLeftForTheNextPeriod() {
    OutboxSweeper s = sweeper();
    s.relay =
        new OutboxRelay() {
          @Override
          public int sendLeftOver(List<Long> ids) {
            throw new IllegalStateException("broker down");
          }
        };
    batches.add(ids(1, 3));
    s.sweep(); // logged, not thrown: the timer keeps running
    assertThat(cutoffs).hasSize(1);
  }
}
