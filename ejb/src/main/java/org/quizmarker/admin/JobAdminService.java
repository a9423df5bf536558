package org.quizmarker.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.ImageStatus;
import org.quizmarker.jobs.Job;
import org.quizmarker.jobs.JobImage;
import org.quizmarker.jobs.JobPage;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.JobType;
import org.quizmarker.jobs.MarksChanged;
import org.quizmarker.jobs.WorkOutbox;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * What an admin does with the jobs of all users: list them by status, send the failed images of a
 * job back to the workers, and delete the stored images of old jobs (their results and marks stay).
 */
@Stateless
@RolesAllowed(AppUser.ROLE_ADMIN)
public class JobAdminService {
  private static final Logger LOG = Logger.getLogger(JobAdminService.class);

  @Inject JobRepository jobs;
  @Inject WorkOutbox outbox;
  @Inject Event<JobSnapshot> changes;
  @Inject Event<MarksChanged> marks;
  @Inject Event<StoredImagesDeleted> imagesDeleted;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  @RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobPage jobs(JobStatus status, int page, int perPage) {
    JobPage.requireValid(page, perPage);
    List<JobSnapshot> items =
        jobs.pageAll(status, JobPage.offset(page, perPage), perPage).stream()
            .map(JobSnapshot::of)
            .toList();
    return new JobPage(items, page, perPage, jobs.countAll(status));
  }

  /** Any user's job. */
  @RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobSnapshot job(UUID jobId) {
    return jobs.find(jobId).map(JobSnapshot::of).orElseThrow(() -> jobNotFound(jobId));
  }

  /** Cancels any user's queued or processing job; workers skip its remaining images. */
  public JobSnapshot cancel(UUID jobId) {
    String admin = caller.get().username();
    Job job = jobs.lock(jobId).orElseThrow(() -> jobNotFound(jobId));
    if (!job.cancel(clock.instant())) {
      throw ServiceException.conflict(
          "JOB_ALREADY_ENDED",
          "Job " + jobId + " is " + job.getStatus().wire() + " and can no longer be cancelled");
    }
    JobSnapshot snapshot = JobSnapshot.of(job);
    changes.fire(snapshot);
    LOG.infof("Job %s of user %d cancelled by admin %s", jobId, job.getOwnerId(), admin);
    return snapshot;
  }

  private static ServiceException jobNotFound(UUID jobId) {
    return ServiceException.notFound("JOB_NOT_FOUND", "No job " + jobId);
  }

  /**
   * Queues the failed images of an ended upload job again, in this transaction: the job is
   * processing again and ends as usual once they have. Images whose failure was the image's own
   * (not a sheet) fail again; transient failures that outlasted their retries get a fresh set.
   */
  public JobSnapshot retry(UUID jobId) {
    Job job =
        jobs.lock(jobId)
            .orElseThrow(() -> ServiceException.notFound("JOB_NOT_FOUND", "No job " + jobId));
    if (job.getJobType() != JobType.UPLOAD) {
      throw ServiceException.conflict(
          "JOB_NOT_RETRYABLE",
          "Job " + jobId + " is a grading job; grade the quiz again instead of retrying it");
    }
    if (job.getStatus() != JobStatus.COMPLETED && job.getStatus() != JobStatus.FAILED) {
      throw ServiceException.conflict(
          "JOB_NOT_ENDED",
          "Job "
              + jobId
              + " is "
              + job.getStatus().wire()
              + "; only a completed or failed job can be retried");
    }
    List<JobImage> failed = jobs.images(jobId, ImageStatus.FAILED);
    if (failed.isEmpty()) {
      throw ServiceException.conflict(
          "NOTHING_TO_RETRY", "Job " + jobId + " has no failed images to retry");
    }
    if (jobs.storedImages(failed.stream().map(JobImage::getId).toList()) < failed.size()) {
      throw ServiceException.conflict(
          "IMAGES_DELETED",
          "The images of job "
              + jobId
              + " were deleted by the retention cleanup; upload them again");
    }
    failed.forEach(JobImage::requeue);
    job.reopen(failed.size(), clock.instant());
    for (JobImage image : failed) {
      outbox.submitImage(jobId, image.getId());
    }
    JobSnapshot snapshot = JobSnapshot.of(job);
    changes.fire(snapshot);
    marks.fire(new MarksChanged()); // results of ended jobs cached in memory are stale now
    LOG.infof(
        "Job %s: %d failed image(s) sent back to the workers by an admin", jobId, failed.size());
    return snapshot;
  }

  /**
   * Deletes the stored images of jobs that ended more than {@code days} days ago. Results, readings
   * and marks are kept; only a retry of those jobs is no longer possible.
   */
  public ImageCleanup deleteImagesOlderThan(int days) {
    if (days < 0) {
      throw ServiceException.invalid("INVALID_DAYS", "older_than_days must be 0 or more");
    }
    Instant cutoff = clock.instant().minus(Duration.ofDays(days));
    int deleted = jobs.deleteImageBytesEndedBefore(cutoff);
    imagesDeleted.fire(new StoredImagesDeleted(deleted));
    LOG.infof("Deleted %d stored image(s) of jobs ended before %s", deleted, cutoff);
    return new ImageCleanup(deleted, cutoff);
  }

  /** What a cleanup did. */
  public record ImageCleanup(int deletedImages, Instant cutoff) {}
}
