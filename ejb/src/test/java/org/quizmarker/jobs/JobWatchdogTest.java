package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobWatchdogTest {
  private final UUID stalledJob = UUID.randomUUID();
  private final AtomicInteger lookups = new AtomicInteger();
  private final List<UUID> finalised = new ArrayList<>();
  private final List<Boolean> leaseAnswers = new ArrayList<>();

  private JobWatchdog watchdog() {
    JobWatchdog w = new JobWatchdog();
    w.jobs =
        new JobRepository() {
          @Override
          public List<UUID> openWithAllItemsEnded() {
            lookups.incrementAndGet();
            return List.of(stalledJob);
          }
        };
    w.finaliser =
        new JobFinaliser() {
          @Override
          public void finalise(UUID jobId) {
            finalised.add(jobId);
          }
        };
    w.leases =
        (task, term) -> {
          assertThat(task).isEqualTo(JobWatchdog.LEASE);
          assertThat(term).isGreaterThan(java.time.Duration.ofMinutes(1));
          return leaseAnswers.remove(0);
        };
    return w;
  }

  @Test
  void aNodeWithoutTheLeaseDoesNotLookForStalledJobs() {
    JobWatchdog w = watchdog();
    leaseAnswers.addAll(List.of(false, false, false));
    w.check();
    w.check();
    w.check();
    assertThat(lookups).hasValue(0);
    assertThat(finalised).isEmpty();
  }

  @Test
  void theHolderFinalisesAJobSeenStalledOnTwoChecksInARow() {
    JobWatchdog w = watchdog();
    leaseAnswers.addAll(List.of(true, true));
    w.check();
    assertThat(finalised).isEmpty();
    w.check();
    assertThat(finalised).containsExactly(stalledJob);
  }

  @Test
  void checksAreConsecutiveOnlyWhileTheLeaseIsHeldThroughout() {
    JobWatchdog w = watchdog();
    leaseAnswers.addAll(List.of(true, false, true));
    w.check();
    w.check(); // another node held it meanwhile: what this node saw before is forgotten
    w.check();
    assertThat(finalised).isEmpty();
  }
}
