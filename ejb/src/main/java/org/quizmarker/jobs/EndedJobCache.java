package org.quizmarker.jobs;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The answers for ended jobs, kept in memory for a minute: an ended job only changes when its marks
 * do (a teacher's override, a regrade), and clients keep polling it. Marking changes on this node
 * clear it at once; without a relay, other nodes follow within {@link #TTL}. Bounded by count,
 * least recently used first, so a burst of ended jobs no longer empties it. In a cluster, marks
 * changed on another node clear it through {@link JobEventRelay} as soon as the message arrives.
 */
@ApplicationScoped
public class EndedJobCache {
  static final Duration TTL = Duration.ofSeconds(60);
  static final long MAX_ENTRIES = 2_000;

  private final Cache<UUID, JobDetails> entries;

  public EndedJobCache() {
    this(Ticker.systemTicker());
  }

  EndedJobCache(Ticker ticker) {
    entries =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(TTL)
            .ticker(ticker)
            // Upkeep on the calling thread: no unmanaged pool threads inside the server.
            .executor(Runnable::run)
            .build();
  }

  public Optional<JobDetails> get(UUID jobId) {
    return Optional.ofNullable(entries.getIfPresent(jobId));
  }

  public void put(JobDetails details) {
    entries.put(details.snapshot().jobId(), details);
  }

  /**
   * The cached details, else {@code load}'s, kept when the job has ended (a job that has not is
   * answered, not kept). One load per job at a time: when an entry expires, every client polling
   * that job waits for one database read instead of making its own (16 pollers made ~460 reads and
   * result assemblies in the half second after each expiry, and emptied the Redis pool).
   */
  public JobDetails getOrLoad(UUID jobId, Supplier<JobDetails> load) {
    JobDetails cached = entries.getIfPresent(jobId);
    if (cached != null) {
      return cached;
    }
    JobDetails[] notEnded = new JobDetails[1];
    JobDetails loaded =
        entries.get(
            jobId,
            id -> {
              JobDetails details = load.get();
              if (details.snapshot().status().isEnded()) {
                return details;
              }
              notEnded[0] = details;
              return null;
            });
    return loaded != null ? loaded : notEnded[0];
  }

  /** Marks changed (committed): results of ended jobs may show other grades now. */
  void onMarksChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarksChanged change) {
    invalidateAll();
  }

  /** Forgets every entry (marks changed here or on another node). */
  void invalidateAll() {
    entries.invalidateAll();
  }

  /** Entries held now, after pending evictions ran (for tests of the bound). */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
