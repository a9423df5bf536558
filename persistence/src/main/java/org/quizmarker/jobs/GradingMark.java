package org.quizmarker.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sheet a grading job has graded, written in the same transaction as the grade: a second delivery
 * of the job's step finds it and does not count the sheet again.
 */
@Entity
@Table(name = "grading_mark")
public class GradingMark {

  @Embeddable
  public static class Id implements Serializable {
    @Column(name = "job_id")
    private UUID jobId;

    @Column(name = "image_id")
    private long imageId;

    protected Id() {}

    public Id(UUID jobId, long imageId) {
      this.jobId = jobId;
      this.imageId = imageId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other && other.jobId.equals(jobId) && other.imageId == imageId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(jobId, imageId);
    }
  }

  @EmbeddedId private Id id;

  @Column(name = "graded_at", nullable = false)
  private Instant gradedAt;

  protected GradingMark() {}

  public GradingMark(UUID jobId, long imageId, Instant now) {
    this.id = new Id(jobId, imageId);
    this.gradedAt = now;
  }
}
