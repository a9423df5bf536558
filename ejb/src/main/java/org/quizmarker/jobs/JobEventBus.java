package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Committed job changes for listeners in this JVM (the Server-Sent Events stream). Listeners of
 * other nodes of a cluster are not told; the stream also re-reads status on a timer for that.
 */
@ApplicationScoped
public class JobEventBus {
  private final Map<UUID, CopyOnWriteArraySet<Consumer<JobSnapshot>>> listeners =
      new ConcurrentHashMap<>();

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

  void publish(JobSnapshot snapshot) {
    var set = listeners.get(snapshot.jobId());
    if (set != null) {
      set.forEach(l -> l.accept(snapshot));
    }
  }
}
