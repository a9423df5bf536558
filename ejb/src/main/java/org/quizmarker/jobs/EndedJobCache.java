package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers for ended jobs, kept in memory for a minute: an ended job only changes when its marks
 * do (a teacher's override, a regrade), and clients keep polling it. Marking changes on this node
 * clear it at once; other nodes of a cluster follow within {@link #TTL_MS}.
 */
@ApplicationScoped
public class EndedJobCache {
  static final long TTL_MS = 60_000;
  private static final int MAX_ENTRIES = 2_000;

  private record Entry(JobDetails details, long expires) {}

  private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

  public Optional<JobDetails> get(UUID jobId) {
    Entry e = entries.get(jobId);
    if (e == null || e.expires() < System.currentTimeMillis()) {
      return Optional.empty();
    }
    return Optional.of(e.details());
  }

  public void put(JobDetails details) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // crude bound: entries are cheap to rebuild
    }
    entries.put(
        details.snapshot().jobId(), new Entry(details, System.currentTimeMillis() + TTL_MS));
  }

  /** Marks changed (committed): results of ended jobs may show other grades now. */
  void onMarksChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarksChanged change) {
    entries.clear();
  }
}
