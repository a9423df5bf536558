package org.quizmarker.cluster;

import java.time.Duration;

/**
 * Leases on periodic tasks, so that a task scheduled on every node runs on one node at a time.
 * Holding a lease for {@code term} means: nobody else runs the task until the term has passed, and
 * the holder may renew it before then.
 */
@FunctionalInterface
public interface ClusterLeases {

  /**
   * Takes or renews the lease on {@code task} for this node. False when another node holds it, the
   * task is unknown, or the database cannot be reached (then nobody runs it now: better late than
   * twice).
   */
  boolean claim(String task, Duration term);
}
