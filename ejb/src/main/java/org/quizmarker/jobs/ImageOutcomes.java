package org.quizmarker.jobs;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quizmarker.reading.SheetReading;

/**
 * Records how an image ended and advances its job, in the caller's transaction (the worker's, so
 * the message is acknowledged only together with these rows). The image's state is read under its
 * job's row lock, so workers ending images of one job at the same time never lose a count, and two
 * deliveries of one image's message (a duplicate) end it once: the second sees it ended. The worker
 * that ends the last image queues the job's finalisation.
 */
@Stateless
public class ImageOutcomes {
  private static final Logger LOG = Logger.getLogger(ImageOutcomes.class);

  @Inject JobRepository jobs;
  @Inject WorkQueue queue;
  @Inject GradeBook gradeBook;
  @Inject Event<JobSnapshot> changes;
  @Inject Clock clock;
  @Inject WorkerFaults faults;

  /** Records a reading; false when the image had ended meanwhile (a duplicate delivery). */
  public boolean completed(long imageId, SheetReading reading) {
    JobImage image = jobs.lockImage(imageId).orElseThrow();
    if (image.getStatus().isEnded()) {
      return false;
    }
    image.complete(
        reading.text(),
        reading.meanConfidence(),
        reading.questionCount(),
        reading.json(),
        reading.millis(),
        clock.instant());
    Job job = image.getJob();
    if (job.getQuizId() != null) {
      gradeBook.gradeImage(job.getQuizId(), imageId, job.getId(), reading.sheet());
    }
    itemEnded(image, true);
    return true;
  }

  public void failed(long imageId, String reason, Long tookMs) {
    JobImage image = jobs.lockImage(imageId).orElseThrow();
    if (image.getStatus().isEnded()) {
      return;
    }
    image.fail(reason, tookMs, clock.instant());
    itemEnded(image, false);
  }

  /** Called for a message that failed every delivery attempt (from the dead-letter queue). */
  public void gaveUp(long imageId) {
    JobImage image = jobs.lockImage(imageId).orElse(null);
    if (image == null || image.getStatus().isEnded()) {
      return;
    }
    Instant now = clock.instant();
    String last = image.getError() == null ? "no reason recorded" : image.getError();
    image.fail(
        "Gave up after " + image.getAttempts() + " attempt(s); last error: " + last,
        image.elapsedMs(now),
        now);
    LOG.warnf(
        "Job %s image %d (%s) failed after %d attempt(s): %s",
        image.getJob().getId(),
        image.getPosition(),
        image.getFilename(),
        image.getAttempts(),
        last);
    itemEnded(image, false);
  }

  private void itemEnded(JobImage image, boolean succeeded) {
    Job job = image.getJob(); // locked by lockImage
    UUID jobId = job.getId();
    if (job.getStatus().isEnded()) {
      return; // cancelled meanwhile: its counters no longer matter
    }
    if (job.itemEnded(succeeded) && !faults.dropsFinalisation(image)) {
      queue.submitJobStep(jobId, JobStep.FINALISE);
    }
    changes.fire(JobSnapshot.of(job));
  }
}
