package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import org.quizmarker.jobs.ImageItemTracker.Start;

/** The application's {@link WorkerFaults}: none. */
@ApplicationScoped
public class NoWorkerFaults implements WorkerFaults {

  @Override
  public void beforeReading(Start image) {}

  @Override
  public void afterReading(Start image) {}

  @Override
  public boolean dropsFinalisation(JobImage lastImage) {
    return false;
  }

  @Override
  public boolean leavesUnsent(OutboxMessage message) {
    return false;
  }

  @Override
  public int deliveries(OutboxMessage message) {
    return 1;
  }

  @Override
  public void beforeGrading(Job gradingJob) {}
}
