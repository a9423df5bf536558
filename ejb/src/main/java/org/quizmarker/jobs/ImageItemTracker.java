package org.quizmarker.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * The short transactions around reading one image, each committed on its own (REQUIRES_NEW) so that
 * they count even when the reading's own transaction rolls back: an attempt started, the reason an
 * attempt failed. They also keep the job's row lock short: it is never held while Tesseract runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImageItemTracker {

  /** What the worker should do with an image it was handed. */
  public enum StartKind {
    READ,
    /** Its job was cancelled: the image was marked skipped. */
    CANCELLED,
    /** Already ended (a duplicate delivery) or its job is gone: nothing to do. */
    NOTHING_TO_DO
  }

  /** The outcome of {@link #begin}, with what the worker needs to know of the image. */
  public record Start(
      StartKind kind,
      UUID jobId,
      String filename,
      int position,
      int totalImages,
      int attempt,
      int retries,
      Long quizId) {
    static Start of(StartKind kind, JobImage image) {
      Job job = image.getJob();
      return new Start(
          kind,
          job.getId(),
          image.getFilename(),
          image.getPosition(),
          job.getTotalItems(),
          image.getAttempts(),
          image.getRetries(),
          job.getQuizId());
    }

    static Start nothing() {
      return new Start(StartKind.NOTHING_TO_DO, null, null, 0, 0, 0, 0, null);
    }
  }

  @Inject JobRepository jobs;
  @Inject Event<JobSnapshot> changes;
  @Inject Clock clock;

  public Start begin(long imageId) {
    JobImage image = jobs.findImage(imageId).orElse(null);
    if (image == null || image.getStatus().isEnded()) {
      return Start.nothing();
    }
    Job job = image.getJob();
    if (job.getStatus() == JobStatus.CANCELLED) {
      image.skip(clock.instant());
      return Start.of(StartKind.CANCELLED, image);
    }
    if (job.getStatus().isEnded()) {
      return Start.nothing();
    }
    image.startAttempt(clock.instant());
    if (job.getStatus() == JobStatus.QUEUED) {
      Job locked = jobs.lock(job.getId()).orElseThrow();
      if (locked.start(clock.instant())) {
        changes.fire(JobSnapshot.of(locked));
      }
    }
    return Start.of(StartKind.READ, image);
  }

  public void recordAttemptFailure(long imageId, String reason) {
    jobs.findImage(imageId).ifPresent(image -> image.recordAttemptFailure(reason));
  }
}
