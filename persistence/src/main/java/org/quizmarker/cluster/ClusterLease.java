package org.quizmarker.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The right to run one periodic task, held by one node until {@link #getExpiresAt()}. Taken only by
 * the conditional update {@code ClusterLease.take}: of two nodes racing for an expired lease, the
 * database lets one update the row and the other then finds it held.
 */
@Entity
@Table(name = "cluster_lease")
@NamedQuery(
    name = "ClusterLease.take",
    query =
        "update ClusterLease l set l.holder = :holder, l.expiresAt = :until, l.lastRunAt = :now,"
            + " l.runs = l.runs + 1"
            + " where l.name = :name and (l.holder = :holder or l.expiresAt <= :now)")
@NamedQuery(name = "ClusterLease.all", query = "select l from ClusterLease l order by l.name")
public class ClusterLease {
  @Id
  @Column(length = 64)
  private String name;

  @Column(length = 128)
  private String holder;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_run_at")
  private Instant lastRunAt;

  @Column(nullable = false)
  private long runs;

  protected ClusterLease() {}

  /** A lease nobody holds (for tests that race for a lease of their own). */
  public ClusterLease(String name) {
    this.name = name;
    this.expiresAt = Instant.EPOCH;
  }

  public String getName() {
    return name;
  }

  public String getHolder() {
    return holder;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastRunAt() {
    return lastRunAt;
  }

  /** How often a node took or renewed it, over the cluster's life. */
  public long getRuns() {
    return runs;
  }
}
