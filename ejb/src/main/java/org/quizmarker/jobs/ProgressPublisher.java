package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Copies committed job changes into the progress cache. Services fire a {@link JobSnapshot} when
 * they change a job; this observer runs only after that transaction commits, so the cache never
 * shows a state the database rolled back.
 */
@ApplicationScoped
public class ProgressPublisher {
  @Inject ProgressCache cache;
  @Inject JobEventBus eventBus;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSnapshot snapshot) {
    cache.put(snapshot);
    eventBus.publish(snapshot);
  }
}
