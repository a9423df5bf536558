package org.quizmarker.jobs;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.util.Optional;
import java.util.UUID;

/**
 * The wire format of work messages, kept in one place for producer and consumers. Readers return
 * empty for anything malformed, so a poison message is dropped (and logged) instead of being
 * redelivered forever.
 */
public final class WorkMessages {
  static final String JOB_ID = "jobId";
  static final String IMAGE_ID = "imageId";
  static final String STEP = "step";

  private WorkMessages() {}

  /** One image of one job to read. */
  public record ImageTask(UUID jobId, long imageId) {}

  /** One job-level step to run. */
  public record StepTask(UUID jobId, JobStep step) {}

  static void writeImage(MapMessage message, UUID jobId, long imageId) {
    try {
      message.setString(JOB_ID, jobId.toString());
      message.setLong(IMAGE_ID, imageId);
      // Also a property, so an admin can select a job's messages in the queue.
      message.setStringProperty(JOB_ID, jobId.toString());
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot build image message", e);
    }
  }

  static void writeJobStep(MapMessage message, UUID jobId, JobStep step) {
    try {
      message.setString(JOB_ID, jobId.toString());
      message.setString(STEP, step.wire());
      message.setStringProperty(JOB_ID, jobId.toString());
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot build job step message", e);
    }
  }

  public static Optional<ImageTask> readImage(Message message) {
    try {
      if (message instanceof MapMessage map && map.itemExists(IMAGE_ID)) {
        return Optional.of(
            new ImageTask(UUID.fromString(map.getString(JOB_ID)), map.getLong(IMAGE_ID)));
      }
    } catch (JMSException | RuntimeException e) {
      // malformed: fall through
    }
    return Optional.empty();
  }

  public static Optional<StepTask> readJobStep(Message message) {
    try {
      if (message instanceof MapMessage map && map.itemExists(STEP)) {
        UUID jobId = UUID.fromString(map.getString(JOB_ID));
        return JobStep.fromWire(map.getString(STEP)).map(step -> new StepTask(jobId, step));
      }
    } catch (JMSException | RuntimeException e) {
      // malformed: fall through
    }
    return Optional.empty();
  }

  /** The broker's message id, for log lines about messages that cannot be read. */
  public static String idOf(Message message) {
    try {
      return message.getJMSMessageID();
    } catch (JMSException e) {
      return "?";
    }
  }
}
