package org.quizmarker.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.UploadValidator.AcceptedImage;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * What users do with jobs: upload sheets, follow, list, count, cancel, and read the result. Every
 * method is scoped to the calling user, as the container knows them ({@link CurrentCaller});
 * another user's job is "not found", never "forbidden", so job ids reveal nothing.
 */
@Stateless
@RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
public class JobService {
  private static final Logger LOG = Logger.getLogger(JobService.class);

  @Inject JobRepository jobs;
  @Inject WorkOutbox outbox;
  @Inject ProgressCache cache;
  @Inject EndedJobCache ended;
  @Inject UploadLimits limits;
  @Inject WorkerSettings workers;
  @Inject QuizAccess quizzes;
  @Inject ResultAssembler results;
  @Inject Event<JobSnapshot> changes;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  /**
   * Stores the job and its images and queues one message per image (through the outbox, so this
   * transaction holds only the database), all in this transaction: the messages leave only if the
   * rows commit, and a refusal (thrown before anything is stored, or rolling everything back)
   * leaves nothing behind.
   */
  public UploadReceipt submitUpload(List<UploadedFile> files, Long quizId) {
    long ownerId = caller.id();
    List<AcceptedImage> accepted =
        new UploadValidator(limits.maxFiles(), limits.maxFileBytes(), limits.maxPixels())
            .validate(files);
    if (quizId != null) {
      quizzes.requireOwned(ownerId, quizId);
    }
    Instant now = clock.instant();
    Job job = new Job(UUID.randomUUID(), JobType.UPLOAD, ownerId, quizId, accepted.size(), now);
    jobs.add(job);
    List<JobImage> images = new ArrayList<>(accepted.size());
    for (int i = 0; i < accepted.size(); i++) {
      AcceptedImage a = accepted.get(i);
      JobImage image =
          new JobImage(
              job,
              i + 1,
              a.filename(),
              a.contentType(),
              a.size(),
              a.sha256(),
              a.width(),
              a.height());
      // Streamed from the spooled file into the database: no file is ever whole in the heap here.
      try (InputStream bytes = a.file().open()) {
        jobs.addImage(image, bytes, a.size());
      } catch (IOException e) {
        throw new UncheckedIOException("The spooled upload file could not be read", e);
      }
      images.add(image);
    }
    for (JobImage image : images) {
      outbox.submitImage(job.getId(), image.getId());
    }
    changes.fire(JobSnapshot.of(job));
    LOG.infof(
        "Job %s queued: %d image(s) from user %d%s",
        job.getId(), images.size(), ownerId, quizId == null ? "" : " for quiz " + quizId);
    return new UploadReceipt(
        job.getId(), images.size(), JobEstimates.estimate(images.size(), workers.count(), 1.5, 3));
  }

  /**
   * The job's status and, once it has ended, its result. Progress comes from the cache when it can;
   * the database answers on a miss (and refills the cache) or when the cache is down.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobDetails details(UUID jobId) {
    return detailsForOwner(caller.id(), jobId);
  }

  /**
   * {@link #details} for a stream that outlives its request (no caller on its timer's thread): the
   * owner is the one {@link #details} found when the stream opened.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobDetails detailsForOwner(long ownerId, UUID jobId) {
    Optional<JobDetails> done = ended.get(jobId);
    if (done.isPresent()) {
      if (done.get().snapshot().ownerId() != ownerId) {
        throw jobNotFound(jobId);
      }
      return done.get();
    }
    Optional<JobSnapshot> cached = cache.get(jobId);
    if (cached.isPresent() && !hasResult(cached.get().status())) {
      if (cached.get().ownerId() != ownerId) {
        throw jobNotFound(jobId);
      }
      return new JobDetails(cached.get(), null);
    }
    JobDetails details =
        ended.getOrLoad(jobId, () -> fromDatabase(ownerId, jobId, cached.isEmpty()));
    if (details.snapshot().ownerId() != ownerId) {
      throw jobNotFound(jobId); // another caller polling the same job may have loaded it
    }
    return details;
  }

  private JobDetails fromDatabase(long ownerId, UUID jobId, boolean refillProgress) {
    Job job = owned(ownerId, jobId);
    JobSnapshot snapshot = JobSnapshot.of(job);
    if (refillProgress) {
      cache.put(snapshot);
    }
    return new JobDetails(
        snapshot,
        hasResult(job.getStatus())
            ? results.assemble(job, jobs.images(ResultAssembler.gradeSource(job)))
            : null);
  }

  /** The result alone; a conflict while the job has not ended with one. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ImageResult> result(UUID jobId) {
    Job job = owned(caller.id(), jobId);
    if (!hasResult(job.getStatus())) {
      throw ServiceException.conflict(
          "JOB_NOT_COMPLETED",
          "Job "
              + jobId
              + " is "
              + job.getStatus().wire()
              + "; its result exists once it has ended");
    }
    return results.assemble(job, jobs.images(ResultAssembler.gradeSource(job)));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobPage list(JobStatus status, JobType type, int page, int perPage) {
    long ownerId = caller.id();
    JobPage.requireValid(page, perPage);
    long total = jobs.count(ownerId, status, type);
    List<JobSnapshot> items =
        jobs.page(ownerId, status, type, JobPage.offset(page, perPage), perPage).stream()
            .map(JobSnapshot::of)
            .toList();
    return new JobPage(items, page, perPage, total);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobStats stats() {
    return JobStats.of(jobs.tally(caller.id()));
  }

  /** Cancels a queued or processing job; workers skip its remaining images. */
  public JobSnapshot cancel(UUID jobId) {
    long ownerId = caller.id();
    owned(ownerId, jobId);
    Job job = jobs.lock(jobId).orElseThrow(() -> jobNotFound(jobId));
    if (!job.cancel(clock.instant())) {
      throw ServiceException.conflict(
          "JOB_ALREADY_ENDED",
          "Job " + jobId + " is " + job.getStatus().wire() + " and can no longer be cancelled");
    }
    JobSnapshot snapshot = JobSnapshot.of(job);
    changes.fire(snapshot);
    LOG.infof("Job %s cancelled by user %d", jobId, ownerId);
    return snapshot;
  }

  private Job owned(long ownerId, UUID jobId) {
    return jobs.findForOwner(jobId, ownerId).orElseThrow(() -> jobNotFound(jobId));
  }

  private static boolean hasResult(JobStatus status) {
    return status == JobStatus.COMPLETED || status == JobStatus.FAILED;
  }

  static ServiceException jobNotFound(UUID jobId) {
    return ServiceException.notFound("JOB_NOT_FOUND", "No job " + jobId);
  }
}
