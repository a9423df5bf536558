package org.quizmarker.it.faults;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.ImageItemTracker.Start;
import org.quizmarker.jobs.Job;
import org.quizmarker.jobs.JobImage;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.jobs.JobType;
import org.quizmarker.jobs.OutboxMessage;
import org.quizmarker.jobs.WorkerFaults;

/**
 * Faults by file name: {@code fault-transient*} fails transiently on every attempt (so it ends in
 * the dead-letter queue), {@code fault-until-retry*} until an admin retries it, a job whose last
 * image to end is {@code fault-lost-finalise*} loses its finalising message (for the watchdog), and
 * {@code fault-slow*} takes {@link #SLOW} before it is read (a job that stays running for a while),
 * and {@code fault-end-sessions*} deletes its uploader's session rows in the database, bypassing
 * the service and this node's caller cache (as another node's sign-out would). The outbox: the
 * message of {@code fault-unsent*} is not sent after the upload's commit (as if the node died
 * then), so the sweeper must send it; that of {@code fault-twice*} is sent twice, and its two
 * deliveries wait for each other after reading (up to {@link #MEETING}), so both record the outcome
 * at the same moment. A grading job of an upload whose first sheet is {@code fault-grade-twice*}
 * has its step sent twice, and both deliveries wait for each other (up to {@link #MEETING}) before
 * grading, so both grade the same sheets at the same time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class FileNameFaults implements WorkerFaults {
  private static final Logger LOG = Logger.getLogger(FileNameFaults.class);
  static final Duration SLOW = Duration.ofSeconds(20);
  static final Duration MEETING = Duration.ofSeconds(60);

  /**
   * Per image of a {@code fault-twice*} upload: both deliveries count down, then go on together.
   */
  private final ConcurrentMap<String, CountDownLatch> meetings = new ConcurrentHashMap<>();

  @Inject SessionRows sessionRows;
  @Inject JobRepository jobs;

  @Override
  public void beforeReading(Start image) throws SQLTransientException {
    String name = image.filename();
    if (name.startsWith("fault-transient")
        || (name.startsWith("fault-until-retry") && image.retries() == 0)) {
      throw new SQLTransientConnectionException("Injected transient fault (test deployment)");
    }
    if (name.startsWith("fault-end-sessions")) {
      int deleted = sessionRows.deleteOfJobOwner(image.jobId());
      LOG.warnf(
          "Job %s: %d session rows of its owner deleted (injected fault)", image.jobId(), deleted);
    }
    if (name.startsWith("fault-slow")) {
      try {
        Thread.sleep(SLOW.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void afterReading(Start image) {
    if (!image.filename().startsWith("fault-twice")) {
      return;
    }
    meet(image.jobId() + "/" + image.position(), image.jobId());
  }

  /** Both deliveries count down, then go on together. */
  private void meet(String key, UUID jobId) {
    CountDownLatch both = meetings.computeIfAbsent(key, k -> new CountDownLatch(2));
    both.countDown();
    try {
      if (!both.await(MEETING.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warnf("Job %s: the second delivery did not come; going on alone", jobId);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean gradesTwice(Job job) {
    return job.getJobType() == JobType.GRADING
        && jobs.images(job.getSourceJobId()).stream()
            .findFirst()
            .filter(i -> i.getFilename().startsWith("fault-grade-twice"))
            .isPresent();
  }

  @Override
  public boolean dropsFinalisation(JobImage lastImage) {
    if (!lastImage.getFilename().startsWith("fault-lost-finalise")) {
      return false;
    }
    LOG.warnf("Job %s: finalising message dropped (injected fault)", lastImage.getJob().getId());
    return true;
  }

  @Override
  public boolean leavesUnsent(OutboxMessage message) {
    if (!filenameOf(message).startsWith("fault-unsent")) {
      return false;
    }
    LOG.warnf(
        "Job %s: outbox message %d left unsent after the commit (injected fault)",
        message.getJobId(), message.getId());
    return true;
  }

  @Override
  public void beforeGrading(Job gradingJob) {
    if (gradesTwice(gradingJob)) {
      meet(gradingJob.getId() + "/grading", gradingJob.getId());
    }
  }

  @Override
  public int deliveries(OutboxMessage message) {
    boolean twice =
        message.getImageId() == null
            ? jobs.find(message.getJobId()).filter(this::gradesTwice).isPresent()
            : filenameOf(message).startsWith("fault-twice");
    if (!twice) {
      return 1;
    }
    LOG.warnf(
        "Job %s: outbox message %d sent twice (injected fault)",
        message.getJobId(), message.getId());
    return 2;
  }

  private String filenameOf(OutboxMessage message) {
    return message.getImageId() == null
        ? ""
        : jobs.findImage(message.getImageId()).map(JobImage::getFilename).orElse("");
  }
}
