package org.quizmarker.jobs;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Ends a job whose images have all ended: completed if any image was read, failed if none. */
@Stateless
public class JobFinaliser {
  private static final Logger LOG = Logger.getLogger(JobFinaliser.class);

  @Inject JobRepository jobs;
  @Inject Event<JobSnapshot> changes;
  @Inject Clock clock;

  public void finalise(UUID jobId) {
    Job job = jobs.lock(jobId).orElse(null);
    if (job == null || job.getStatus().isEnded()) {
      return;
    }
    if (job.endedItems() < job.getTotalItems()) {
      LOG.warnf(
          "Job %s asked to finalise with %d of %d images ended; ignored",
          jobId, job.endedItems(), job.getTotalItems());
      return;
    }
    job.finish(
        clock.instant(),
        job.getJobType() == JobType.GRADING
            ? JobProgress.STEP_GRADING_DONE
            : JobProgress.STEP_DONE);
    changes.fire(JobSnapshot.of(job));
    LOG.infof(
        "Job %s %s: %d image(s) read, %d failed, in %d ms",
        jobId,
        job.getStatus().wire(),
        job.getDoneItems(),
        job.getFailedItems(),
        job.getProcessingMs());
  }

  /** The job step itself failed every attempt: the job broke, not one of its images. */
  public void gaveUp(UUID jobId) {
    Job job = jobs.lock(jobId).orElse(null);
    if (job == null || job.getStatus().isEnded()) {
      return;
    }
    job.fail(clock.instant(), "Finalising the job failed after every retry");
    changes.fire(JobSnapshot.of(job));
    LOG.errorf("Job %s failed: finalising failed after every retry", jobId);
  }
}
