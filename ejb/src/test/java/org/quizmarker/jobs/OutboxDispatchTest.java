package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxDispatchTest {
  private final UUID job = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-12-07T12:00:00Z");
  private final List<String> sent = new ArrayList<>();
  private final WorkQueue queue =
      new WorkQueue() {
        @Override
        public void submitImage(UUID jobId, long imageId) {
          sent.add(jobId + " image " + imageId);
        }

        @Override
        public void submitJobStep(UUID jobId, JobStep step) {
          sent.add(jobId + " step " + step);
        }
      };

  @Test
  void anImageRowBecomesAnImageMessage() {
    assertThat(OutboxDispatch.send(OutboxMessage.image(job, 42, now), queue)).isTrue();
    assertThat(sent).containsExactly(job + " image 42");
  }

  @Test
  void aStepRowBecomesAJobStepMessage() {
    for (JobStep step : JobStep.values()) {
      assertThat(OutboxDispatch.send(OutboxMessage.jobStep(job, step.wire(), now), queue)).isTrue();
    }
    assertThat(sent).containsExactly(job + " step FINALISE", job + " step GRADE");
  }

  @Test
  void aRowWithAnUnknownStepSendsNothing() {
    assertThat(OutboxDispatch.send(OutboxMessage.jobStep(job, "explode", now), queue)).isFalse();
    assertThat(OutboxDispatch.send(OutboxMessage.jobStep(job, null, now), queue)).isFalse();
    assertThat(sent).isEmpty();
  }

  @Test
  void describesTheRowForLogLines() {
    assertThat(OutboxDispatch.describe(OutboxMessage.image(job, 7, now))).isEqualTo("image 7");
    assertThat(OutboxDispatch.describe(OutboxMessage.jobStep(job, "grade", now)))
        .isEqualTo("step grade");
  }
}
