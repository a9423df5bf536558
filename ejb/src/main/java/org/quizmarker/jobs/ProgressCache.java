package org.quizmarker.jobs;

import java.util.Optional;
import java.util.UUID;

/**
 * A cache of job progress in front of the database, which stays the source of truth. Writes happen
 * only after the transaction that produced the state has committed. Both operations are best
 * effort: when the cache is down, {@link #get} misses and {@link #put} does nothing, and neither
 * throws.
 */
public interface ProgressCache {

  /** Stores the snapshot unless the cache already holds a newer revision of that job. */
  void put(JobSnapshot snapshot);

  Optional<JobSnapshot> get(UUID jobId);

  /** Whether the last call reached the cache (for health and admin views). */
  boolean isAvailable();
}
