package org.quizmarker.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.util.UUID;

/**
 * {@link WorkQueue} on the server's Artemis. The injected context uses the default (XA, pooled)
 * connection factory, so each send is enlisted in the caller's JTA transaction.
 */
@ApplicationScoped
public class JmsWorkQueue implements WorkQueue {
  public static final String IMAGES_QUEUE = "java:/jms/queue/QuizMarkerImages";
  public static final String IMAGES_DLQ = "java:/jms/queue/QuizMarkerImagesDLQ";
  public static final String JOBS_QUEUE = "java:/jms/queue/QuizMarkerJobs";
  public static final String JOBS_DLQ = "java:/jms/queue/QuizMarkerJobsDLQ";

  @Inject JMSContext jms;

  @Resource(lookup = IMAGES_QUEUE)
  Queue images;

  @Resource(lookup = JOBS_QUEUE)
  Queue jobs;

  @Override
  public void submitImage(UUID jobId, long imageId) {
    MapMessage message = jms.createMapMessage();
    WorkMessages.writeImage(message, jobId, imageId);
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(images, message);
  }

  @Override
  public void submitJobStep(UUID jobId, JobStep step) {
    MapMessage message = jms.createMapMessage();
    WorkMessages.writeJobStep(message, jobId, step);
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(jobs, message);
  }
}
