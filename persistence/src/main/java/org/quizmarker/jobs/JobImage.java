package org.quizmarker.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One uploaded sheet image of a job (a job item) and what reading it gave. */
@Entity
@Table(name = "job_image")
@NamedQuery(
    name = "JobImage.forJob",
    query = "select i from JobImage i where i.job.id = :job order by i.position")
@NamedQuery(
    name = "JobImage.withStatusForJob",
    query =
        "select i from JobImage i where i.job.id = :job and i.status = :status"
            + " order by i.position")
@NamedQuery(
    name = "JobImage.readings",
    query =
        "select i.id, i.reading from JobImage i where i.id in :images and i.reading is not null")
@NamedQuery(
    name = "JobImage.endedSince",
    query =
        "select i from JobImage i join fetch i.job where i.completedAt >= :since"
            + " and i.status in :statuses")
public class JobImage {
  public static final int MAX_ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "job_id", nullable = false)
  private Job job;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 255)
  private String filename;

  @Column(name = "content_type", nullable = false, length = 32)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(nullable = false)
  private ImageStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(length = MAX_ERROR_LENGTH)
  private String error;

  @Column(nullable = false)
  private int retries;

  @Column(name = "ocr_text", length = 1_000_000)
  private String ocrText;

  private Double confidence;

  @Column(name = "question_count")
  private Integer questionCount;

  /** The structured reading (answers, lines, boxes) as JSON, kept for grading and review. */
  @Column(length = 1_000_000)
  private String reading;

  @Column(name = "processing_ms")
  private Long processingMs;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected JobImage() {}

  public JobImage(
      Job job,
      int position,
      String filename,
      String contentType,
      long sizeBytes,
      String sha256,
      int width,
      int height) {
    this.job = job;
    this.position = position;
    this.filename = filename;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.width = width;
    this.height = height;
    this.status = ImageStatus.QUEUED;
  }

  /** A worker takes the image; every attempt counts, also those whose transaction rolls back. */
  public void startAttempt(Instant now) {
    status = ImageStatus.PROCESSING;
    attempts++;
    if (startedAt == null) {
      startedAt = now;
    }
  }

  /** Remembers why the last attempt failed, so the dead-letter handler can say why it gave up. */
  public void recordAttemptFailure(String reason) {
    error = truncate(reason);
  }

  public void complete(
      String text,
      Double meanConfidence,
      int questions,
      String readingJson,
      long tookMs,
      Instant now) {
    status = ImageStatus.COMPLETED;
    ocrText = text;
    confidence = meanConfidence;
    questionCount = questions;
    reading = readingJson;
    processingMs = tookMs;
    error = null;
    completedAt = now;
  }

  public void fail(String reason, Long tookMs, Instant now) {
    status = ImageStatus.FAILED;
    error = truncate(reason);
    processingMs = tookMs;
    completedAt = now;
  }

  /**
   * Sends a failed image back to the workers (an admin's retry): queued again with a fresh count of
   * attempts. Returns false, changing nothing, unless the image had failed.
   */
  public boolean requeue() {
    if (status != ImageStatus.FAILED) {
      return false;
    }
    status = ImageStatus.QUEUED;
    attempts = 0;
    retries++;
    error = null;
    processingMs = null;
    startedAt = null;
    completedAt = null;
    return true;
  }

  public void skip(Instant now) {
    status = ImageStatus.SKIPPED;
    error = "Job was cancelled";
    completedAt = now;
  }

  private static String truncate(String reason) {
    if (reason == null || reason.length() <= MAX_ERROR_LENGTH) {
      return reason;
    }
    return reason.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Job getJob() {
    return job;
  }

  public int getPosition() {
    return position;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public ImageStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public int getRetries() {
    return retries;
  }

  public String getError() {
    return error;
  }

  public String getOcrText() {
    return ocrText;
  }

  public Double getConfidence() {
    return confidence;
  }

  public Integer getQuestionCount() {
    return questionCount;
  }

  public String getReading() {
    return reading;
  }

  public Long getProcessingMs() {
    return processingMs;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public long elapsedMs(Instant now) {
    return startedAt == null ? 0 : Duration.between(startedAt, now).toMillis();
  }
}
