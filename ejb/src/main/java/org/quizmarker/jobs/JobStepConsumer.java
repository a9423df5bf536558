package org.quizmarker.jobs;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

/** Runs job-level steps (finalising a job, running a grading job) from the jobs queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsWorkQueue.JOBS_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class JobStepConsumer implements MessageListener {
  private static final Logger LOG = Logger.getLogger(JobStepConsumer.class);

  @Inject JobFinaliser finaliser;
  @Inject GradingJobs grading;

  @Override
  public void onMessage(Message message) {
    var task = WorkMessages.readJobStep(message);
    if (task.isEmpty()) {
      LOG.warnf("Dropped malformed job step message %s", WorkMessages.idOf(message));
      return;
    }
    switch (task.get().step()) {
      case FINALISE -> finaliser.finalise(task.get().jobId());
      case GRADE -> grading.run(task.get().jobId());
    }
  }
}
