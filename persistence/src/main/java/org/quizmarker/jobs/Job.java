package org.quizmarker.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One unit of background work a user asked for: an upload of sheets to read, or a (re)grading. Its
 * counters are only changed under a row lock (see {@link JobRepository#lock}), so parallel workers
 * finishing items of the same job never lose an update.
 */
// count(*), not count(j): Hibernate counts j.id, which the owner index does not hold, so
// PostgreSQL would visit every job row of the owner instead of reading the index alone.
@Entity
@Table(name = "job")
@NamedQuery(
    name = "Job.countForOwner",
    query =
        "select count(*) from Job j where j.ownerId = :owner"
            + " and (:status is null or j.status = :status)"
            + " and (:type is null or j.jobType = :type)")
@NamedQuery(
    name = "Job.pageForOwner",
    query =
        "select j from Job j where j.ownerId = :owner"
            + " and (:status is null or j.status = :status)"
            + " and (:type is null or j.jobType = :type)"
            + " order by j.createdAt desc, j.id")
@NamedQuery(
    name = "Job.openWithAllItemsEnded",
    query =
        "select j.id from Job j where j.status = :processing"
            + " and j.doneItems + j.failedItems >= j.totalItems")
@NamedQuery(
    name = "Job.countAll",
    query = "select count(*) from Job j where (:status is null or j.status = :status)")
@NamedQuery(
    name = "Job.pageAll",
    query =
        "select j from Job j where (:status is null or j.status = :status)"
            + " order by j.createdAt desc, j.id")
@NamedQuery(
    name = "Job.tallyForOwner",
    query =
        "select j.status, j.jobType, count(*), count(j.processingMs), sum(j.processingMs)"
            + " from Job j where j.ownerId = :owner group by j.status, j.jobType")
public class Job {

  @Id private UUID id;

  @Column(name = "job_type", nullable = false)
  private JobType jobType;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "quiz_id")
  private Long quizId;

  @Column(name = "source_job_id")
  private UUID sourceJobId;

  @Column(nullable = false)
  private JobStatus status;

  @Column(nullable = false)
  private int progress;

  @Column(name = "current_step", length = 200)
  private String currentStep;

  @Column(name = "total_items", nullable = false)
  private int totalItems;

  @Column(name = "done_items", nullable = false)
  private int doneItems;

  @Column(name = "failed_items", nullable = false)
  private int failedItems;

  /** Bumped on every change; the progress cache keeps only the newest revision it was sent. */
  @Column(nullable = false)
  private long revision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "processing_ms")
  private Long processingMs;

  @Column(length = 2000)
  private String error;

  protected Job() {}

  public Job(UUID id, JobType jobType, long ownerId, Long quizId, int totalItems, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.jobType = Objects.requireNonNull(jobType);
    this.ownerId = ownerId;
    this.quizId = quizId;
    this.totalItems = totalItems;
    this.status = JobStatus.QUEUED;
    this.progress = 0;
    this.currentStep = JobProgress.STEP_QUEUED;
    this.createdAt = now;
    this.revision = 1;
  }

  /** The first worker to pick up an item moves the job from queued to processing. */
  public boolean start(Instant now) {
    if (status != JobStatus.QUEUED) {
      return false;
    }
    status = JobStatus.PROCESSING;
    startedAt = now;
    progress = JobProgress.monotonic(progress, JobProgress.STARTED);
    currentStep = JobProgress.STEP_STARTING;
    revision++;
    return true;
  }

  /**
   * Counts an ended item. Returns true when this was the last one, which moves the job to its
   * finalising step (95 %); {@link #finish} then ends it.
   */
  public boolean itemEnded(boolean succeeded) {
    if (succeeded) {
      doneItems++;
    } else {
      failedItems++;
    }
    int ended = endedItems();
    progress = JobProgress.monotonic(progress, JobProgress.afterItems(ended, totalItems));
    revision++;
    if (ended >= totalItems) {
      currentStep = JobProgress.STEP_FINALISING;
      return true;
    }
    currentStep = JobProgress.processingStep(ended + 1, totalItems);
    return false;
  }

  /**
   * Opens an ended job again because {@code items} of its failed items were sent back to the
   * workers (an admin's retry): processing, with those items no longer counted as failed. Returns
   * false, changing nothing, unless the job had ended as completed or failed with that many
   * failures.
   */
  public boolean reopen(int items, Instant now) {
    if ((status != JobStatus.COMPLETED && status != JobStatus.FAILED)
        || items < 1
        || items > failedItems) {
      return false;
    }
    failedItems -= items;
    status = JobStatus.PROCESSING;
    int ended = endedItems();
    progress = JobProgress.afterItems(ended, totalItems);
    currentStep = JobProgress.processingStep(ended + 1, totalItems);
    startedAt = now;
    completedAt = null;
    processingMs = null;
    error = null;
    revision++;
    return true;
  }

  /**
   * Ends a job whose items have all ended: completed when at least one item succeeded, failed
   * otherwise (the result says which failed).
   */
  public void finish(Instant now, String doneStep) {
    if (status.isEnded()) {
      return;
    }
    if (doneItems == 0 && totalItems > 0) {
      status = JobStatus.FAILED;
      error = "No image could be read (" + failedItems + " failed)";
    } else {
      status = JobStatus.COMPLETED;
    }
    progress = JobProgress.DONE;
    currentStep = doneStep;
    end(now);
  }

  /** Ends the job as failed because the job itself broke, not one of its items. */
  public void fail(Instant now, String reason) {
    if (status.isEnded()) {
      return;
    }
    status = JobStatus.FAILED;
    error = reason;
    end(now);
  }

  /** Cancels a job that has not ended; returns false when it already had. */
  public boolean cancel(Instant now) {
    if (status.isEnded()) {
      return false;
    }
    status = JobStatus.CANCELLED;
    currentStep = JobProgress.STEP_CANCELLED;
    end(now);
    return true;
  }

  private void end(Instant now) {
    completedAt = now;
    if (startedAt != null) {
      processingMs = Duration.between(startedAt, now).toMillis();
    }
    revision++;
  }

  public int endedItems() {
    return doneItems + failedItems;
  }

  public UUID getId() {
    return id;
  }

  public JobType getJobType() {
    return jobType;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public Long getQuizId() {
    return quizId;
  }

  public UUID getSourceJobId() {
    return sourceJobId;
  }

  public void setSourceJobId(UUID sourceJobId) {
    this.sourceJobId = sourceJobId;
  }

  public JobStatus getStatus() {
    return status;
  }

  public int getProgress() {
    return progress;
  }

  public String getCurrentStep() {
    return currentStep;
  }

  public int getTotalItems() {
    return totalItems;
  }

  public int getDoneItems() {
    return doneItems;
  }

  public int getFailedItems() {
    return failedItems;
  }

  public long getRevision() {
    return revision;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Long getProcessingMs() {
    return processingMs;
  }

  public String getError() {
    return error;
  }
}
