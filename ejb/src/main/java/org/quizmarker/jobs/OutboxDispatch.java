package org.quizmarker.jobs;

import java.util.Optional;

/** Which {@link WorkQueue} call an outbox row stands for. */
final class OutboxDispatch {
  private OutboxDispatch() {}

  /** Sends the row's message; false when the row names neither an image nor a known step. */
  static boolean send(OutboxMessage row, WorkQueue queue) {
    if (row.getImageId() != null) {
      queue.submitImage(row.getJobId(), row.getImageId());
      return true;
    }
    Optional<JobStep> step =
        row.getStep() == null ? Optional.empty() : JobStep.fromWire(row.getStep());
    step.ifPresent(s -> queue.submitJobStep(row.getJobId(), s));
    return step.isPresent();
  }

  /** For log lines: "image 12" or "step finalise". */
  static String describe(OutboxMessage row) {
    return row.getImageId() != null ? "image " + row.getImageId() : "step " + row.getStep();
  }
}
