package org.quizmarker.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node's latest heartbeat: its name, its image workers, when it started and was last seen. */
@Entity
@Table(name = "cluster_node")
@NamedQuery(
    name = "ClusterNode.seenSince",
    query = "select n from ClusterNode n where n.lastSeenAt >= :since order by n.name")
public class ClusterNode {
  @Id
  @Column(length = 128)
  private String name;

  @Column(nullable = false)
  private int workers;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  protected ClusterNode() {}

  public ClusterNode(String name, int workers, Instant startedAt) {
    this.name = name;
    this.workers = workers;
    this.startedAt = startedAt;
    this.lastSeenAt = startedAt;
  }

  public void seen(int workers, Instant startedAt, Instant now) {
    this.workers = workers;
    this.startedAt = startedAt;
    this.lastSeenAt = now;
  }

  public String getName() {
    return name;
  }

  public int getWorkers() {
    return workers;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }
}
