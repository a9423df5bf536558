package org.quizmarker.jobs;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

/** Fails the jobs whose job-level step failed every delivery attempt. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsWorkQueue.JOBS_DLQ),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class DeadJobStepConsumer implements MessageListener {
  private static final Logger LOG = Logger.getLogger(DeadJobStepConsumer.class);

  @Inject JobFinaliser finaliser;

  @Override
  public void onMessage(Message message) {
    var task = WorkMessages.readJobStep(message);
    if (task.isEmpty()) {
      LOG.warnf("Dropped malformed dead-lettered job step %s", WorkMessages.idOf(message));
      return;
    }
    finaliser.gaveUp(task.get().jobId());
  }
}
