package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Committed job changes for listeners in this JVM (the Server-Sent Events stream): this node's own,
 * and in a cluster the other nodes' as {@link JobEventRelay} hands them over. While no relay
 * carries them (single node, Redis down) listeners re-read status every {@link #POLL_ALONE_MS}
 * instead, to catch changes made elsewhere.
 */
@ApplicationScoped
public class JobEventBus {
  /** How often a listener re-reads status while other nodes' changes are not relayed. */
  public static final long POLL_ALONE_MS = 1000;

  /** With the relay live, re-reading only ends streams whose client left, and is a safety net. */
  public static final long POLL_RELAYED_MS = 5000;

  private final Map<UUID, CopyOnWriteArraySet<Consumer<JobSnapshot>>> listeners =
      new ConcurrentHashMap<>();
  private volatile boolean otherNodesHeard;

  public Runnable subscribe(UUID jobId, Consumer<JobSnapshot> listener) {
    listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArraySet<>()).add(listener);
    return () ->
        listeners.computeIfPresent(
            jobId,
            (id, set) -> {
              set.remove(listener);
              return set.isEmpty() ? null : set;
            });
  }

  /** How long a listener may go without re-reading job status now. */
  public long pollMillis() {
    return otherNodesHeard ? POLL_RELAYED_MS : POLL_ALONE_MS;
  }

  /** The relay's state: whether other nodes' changes arrive through {@link #publish}. */
  void otherNodesHeard(boolean heard) {
    otherNodesHeard = heard;
  }

  void publish(JobSnapshot snapshot) {
    var set = listeners.get(snapshot.jobId());
    if (set != null) {
      set.forEach(l -> l.accept(snapshot));
    }
  }
}
