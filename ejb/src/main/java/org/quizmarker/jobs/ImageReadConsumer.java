package org.quizmarker.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

/**
 * A worker: takes one image message and has it read. As many run at once as {@code qm.workers} /
 * QM_WORKERS says, so the images of one job are read in parallel.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsWorkQueue.IMAGES_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = WorkerSettings.WORKERS_EXPRESSION)
    })
public class ImageReadConsumer implements MessageListener {
  private static final Logger LOG = Logger.getLogger(ImageReadConsumer.class);

  @Inject ImageReadService service;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    var task = WorkMessages.readImage(message);
    if (task.isEmpty()) {
      LOG.warnf("Dropped malformed image message %s", WorkMessages.idOf(message));
      return;
    }
    if (service.read(task.get()) == ImageReadService.Outcome.RETRY) {
      context.setRollbackOnly();
    }
  }
}
