package org.quizmarker.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A work message written in the transaction that makes the work, and sent to the queue after it
 * commits: an image to read ({@code imageId} set) or a job step ({@code step} set, its wire name).
 */
@Entity
@Table(name = "work_outbox")
@NamedQuery(
    name = "OutboxMessage.byIds",
    query = "select m from OutboxMessage m where m.id in :ids order by m.id")
@NamedQuery(
    name = "OutboxMessage.idsOlderThan",
    query = "select m.id from OutboxMessage m where m.createdAt < :cutoff order by m.id")
public class OutboxMessage {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private UUID jobId;

  @Column(name = "image_id")
  private Long imageId;

  private String step;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OutboxMessage() {}

  private OutboxMessage(UUID jobId, Long imageId, String step, Instant createdAt) {
    this.jobId = jobId;
    this.imageId = imageId;
    this.step = step;
    this.createdAt = createdAt;
  }

  public static OutboxMessage image(UUID jobId, long imageId, Instant now) {
    return new OutboxMessage(jobId, imageId, null, now);
  }

  public static OutboxMessage jobStep(UUID jobId, String step, Instant now) {
    return new OutboxMessage(jobId, null, step, now);
  }

  public Long getId() {
    return id;
  }

  public UUID getJobId() {
    return jobId;
  }

  public Long getImageId() {
    return imageId;
  }

  public String getStep() {
    return step;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
