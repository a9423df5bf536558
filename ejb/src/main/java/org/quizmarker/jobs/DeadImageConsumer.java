package org.quizmarker.jobs;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

/**
 * Ends the images whose messages failed every delivery attempt: the item is marked failed with the
 * last reason, and its job moves on, so one bad image never holds up a job.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsWorkQueue.IMAGES_DLQ),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class DeadImageConsumer implements MessageListener {
  private static final Logger LOG = Logger.getLogger(DeadImageConsumer.class);

  @Inject ImageOutcomes outcomes;

  @Override
  public void onMessage(Message message) {
    var task = WorkMessages.readImage(message);
    if (task.isEmpty()) {
      LOG.warnf("Dropped malformed dead-lettered message %s", WorkMessages.idOf(message));
      return;
    }
    outcomes.gaveUp(task.get().imageId());
  }
}
