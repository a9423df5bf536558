package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Copies committed job changes into the progress cache, to this node's listeners and, through the
 * relay, to the other nodes'. Services fire a {@link JobSnapshot} when they change a job (and
 * {@link MarksChanged} when grades change); these observers run only after that transaction
 * commits, so nobody is shown a state the database rolled back.
 */
@ApplicationScoped
public class ProgressPublisher {
  @Inject ProgressCache cache;
  @Inject JobEventBus eventBus;
  @Inject JobEventRelay relay;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSnapshot snapshot) {
    cache.put(snapshot); // before relaying: other nodes re-read status from it
    eventBus.publish(snapshot);
    relay.send(new RelayedEvent.Progress(relay.origin(), snapshot));
  }

  void afterMarksChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarksChanged change) {
    relay.send(new RelayedEvent.Marks(relay.origin()));
  }
}
