package org.quizmarker.jobs;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.jobs.FailureClassifier.Verdict;
import org.quizmarker.jobs.ImageItemTracker.Start;
import org.quizmarker.jobs.WorkMessages.ImageTask;
import org.quizmarker.platform.LogSafe;
import org.quizmarker.reading.SheetReader;
import org.quizmarker.reading.SheetReading;
import org.quizmarker.reading.SheetUnreadableException;

/**
 * Reads one image of a job, in the worker's transaction. A permanent failure (the image cannot be
 * read) fails the item at once and commits; any other failure asks for a rollback, so the broker
 * redelivers with backoff until its attempts run out and the dead-letter consumer ends the item.
 */
@Stateless
public class ImageReadService {
  private static final Logger LOG = Logger.getLogger(ImageReadService.class);

  /** What the worker must do with the message. */
  public enum Outcome {
    /** Commit: the image ended (or needed nothing). */
    DONE,
    /** Roll back so the broker redelivers the message. */
    RETRY
  }

  @Inject ImageItemTracker tracker;
  @Inject ImageOutcomes outcomes;
  @Inject JobRepository jobs;
  @Inject SheetReader reader;
  @Inject WorkerSettings settings;
  @Inject QuizAccess quizzes;
  @Inject WorkerFaults faults;

  public Outcome read(ImageTask task) {
    Start start = tracker.begin(task.imageId());
    switch (start.kind()) {
      case NOTHING_TO_DO:
        return Outcome.DONE;
      case CANCELLED:
        LOG.infof("Job %s image %d skipped: job cancelled", start.jobId(), start.position());
        return Outcome.DONE;
      default:
        break;
    }
    long began = System.nanoTime();
    try {
      faults.beforeReading(start);
      AnswerKey key =
          start.quizId() == null ? null : quizzes.currentKey(start.quizId()).orElse(null);
      SheetReading reading =
          reader.read(jobs.imageBytes(task.imageId()), settings.ocrTimeout(), key);
      faults.afterReading(start);
      if (!outcomes.completed(task.imageId(), reading)) {
        LOG.infof(
            "Job %s image %d of %d read again but already ended (a duplicate delivery); ignored",
            start.jobId(), start.position(), start.totalImages());
        return Outcome.DONE;
      }
      LOG.infof(
          "Job %s image %d of %d (%s) read in %d ms: %d answer(s), confidence %.1f",
          start.jobId(),
          start.position(),
          start.totalImages(),
          LogSafe.of(start.filename()),
          reading.millis(),
          reading.questionCount(),
          reading.meanConfidence());
      return Outcome.DONE;
    } catch (SheetUnreadableException e) {
      outcomes.failed(task.imageId(), e.getMessage(), elapsedMs(began));
      LOG.infof(
          "Job %s image %d of %d (%s) failed: %s",
          start.jobId(),
          start.position(),
          start.totalImages(),
          LogSafe.of(start.filename()),
          e.getMessage());
      return Outcome.DONE;
    } catch (Exception e) {
      String reason = FailureClassifier.reason(e);
      tracker.recordAttemptFailure(task.imageId(), reason);
      if (FailureClassifier.classify(e) == Verdict.TRANSIENT) {
        LOG.warnf(
            "Job %s image %d attempt %d failed, will retry: %s",
            start.jobId(), start.position(), start.attempt(), reason);
      } else {
        LOG.errorf(
            e,
            "Job %s image %d attempt %d failed unexpectedly, will retry",
            start.jobId(),
            start.position(),
            start.attempt());
      }
      return Outcome.RETRY;
    }
  }

  private static long elapsedMs(long began) {
    return (System.nanoTime() - began) / 1_000_000;
  }
}
