package org.quizmarker.quizzes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.GradingJobs;
import org.quizmarker.jobs.ImageStatus;
import org.quizmarker.jobs.Job;
import org.quizmarker.jobs.JobImage;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.JobStep;
import org.quizmarker.jobs.JobType;
import org.quizmarker.jobs.UploadReceipt;
import org.quizmarker.jobs.WorkOutbox;
import org.quizmarker.jobs.WorkQueue;
import org.quizmarker.jobs.WorkerFaults;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * Grading jobs: (re)grade an upload's stored readings against a quiz's current key, without OCR
 * again — after a key change, or for an upload that named no quiz. Same job machinery and status
 * API as uploads; each sheet is graded in a transaction of its own, so progress shows as it goes.
 */
@Stateless
@LocalBean
@Local(GradingJobs.class)
public class GradingJobService implements GradingJobs {
  private static final Logger LOG = Logger.getLogger(GradingJobService.class);

  @Inject JobRepository jobs;
  @Inject QuizService quizzes;
  @Inject SubmissionService submissions;
  @Inject WorkQueue queue;
  @Inject WorkOutbox outbox;
  @Inject Event<JobSnapshot> changes;
  @Inject Clock clock;
  @Inject GradingJobService self;
  @Inject CurrentCaller current;
  @Inject WorkerFaults faults;

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public UploadReceipt submit(long quizId, UUID uploadJobId) {
    long ownerId = current.id();
    quizzes.owned(ownerId, quizId);
    Job upload =
        jobs.findForOwner(uploadJobId, ownerId)
            .filter(j -> j.getJobType() == JobType.UPLOAD)
            .orElseThrow(
                () -> ServiceException.notFound("JOB_NOT_FOUND", "No upload job " + uploadJobId));
    if (upload.getStatus() != JobStatus.COMPLETED && upload.getStatus() != JobStatus.FAILED) {
      throw ServiceException.conflict(
          "JOB_NOT_COMPLETED",
          "Upload "
              + uploadJobId
              + " is "
              + upload.getStatus().wire()
              + "; grade it once it has ended");
    }
    List<JobImage> read = readImages(uploadJobId);
    Job job =
        new Job(UUID.randomUUID(), JobType.GRADING, ownerId, quizId, read.size(), clock.instant());
    job.setSourceJobId(uploadJobId);
    jobs.add(job);
    outbox.submitJobStep(job.getId(), JobStep.GRADE);
    changes.fire(JobSnapshot.of(job));
    LOG.infof(
        "Job %s queued: grade %d sheet(s) of upload %s against quiz %d",
        job.getId(), read.size(), uploadJobId, quizId);
    return new UploadReceipt(
        job.getId(), read.size(), read.size() <= 50 ? "1-5 seconds" : "5-30 seconds");
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @PermitAll
  public void run(UUID gradingJobId) {
    Job job = jobs.find(gradingJobId).orElse(null);
    if (job == null || job.getStatus().isEnded()) {
      return;
    }
    self.start(gradingJobId);
    faults.beforeGrading(job);
    for (JobImage image : readImages(job.getSourceJobId())) {
      self.gradeOne(gradingJobId, image.getId());
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @PermitAll
  public void start(UUID jobId) {
    Job job = jobs.lock(jobId).orElseThrow();
    if (job.start(clock.instant())) {
      changes.fire(JobSnapshot.of(job));
    }
    if (job.getTotalItems() == 0) {
      queue.submitJobStep(jobId, JobStep.FINALISE);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @PermitAll
  public void gradeOne(UUID jobId, long imageId) {
    Job job = jobs.lock(jobId).orElseThrow();
    if (job.getStatus().isEnded()) {
      return; // cancelled
    }
    if (!jobs.markGraded(jobId, imageId, clock.instant())) {
      // The step was delivered again (after a crash mid-grading, or twice): counted already.
      LOG.infof("Job %s: sheet (image %d) graded already; this delivery skips it", jobId, imageId);
      return;
    }
    JobImage image = jobs.findImage(imageId).orElseThrow();
    boolean graded =
        submissions.grade(job.getQuizId(), imageId, job.getSourceJobId(), image.getReading())
            != null;
    if (job.itemEnded(graded)) {
      queue.submitJobStep(jobId, JobStep.FINALISE);
    }
    changes.fire(JobSnapshot.of(job));
  }

  private List<JobImage> readImages(UUID uploadJobId) {
    return jobs.images(uploadJobId).stream()
        .filter(i -> i.getStatus() == ImageStatus.COMPLETED && i.getReading() != null)
        .toList();
  }
}
