package org.quizmarker.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.function.Supplier;
import org.quizmarker.jobs.JobSnapshot;

/**
 * The overview's whole-database counts, kept until a job or the stored images change: counting a
 * million image rows takes PostgreSQL ~150 ms, and the console polls the overview. Changes on this
 * node (committed) clear it at once; changes on other nodes of a cluster show within {@link #TTL}.
 */
@ApplicationScoped
public class DatabaseTotalsCache {
  static final Duration TTL = Duration.ofSeconds(30);

  private final Cache<Boolean, DatabaseTotals> totals;

  public DatabaseTotalsCache() {
    this(Ticker.systemTicker());
  }

  DatabaseTotalsCache(Ticker ticker) {
    totals =
        Caffeine.newBuilder()
            .maximumSize(1)
            .expireAfterWrite(TTL)
            .ticker(ticker)
            // Upkeep on the calling thread: no unmanaged pool threads inside the server.
            .executor(Runnable::run)
            .build();
  }

  /**
   * The cached totals, or those {@code count} gives (one caller counts, concurrent ones wait). A
   * change committed while it counts clears what it returns, so nothing stale is kept.
   */
  public DatabaseTotals get(Supplier<DatabaseTotals> count) {
    return totals.get(Boolean.TRUE, k -> count.get());
  }

  void onJobChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSnapshot snapshot) {
    totals.invalidateAll();
  }

  void onImagesDeleted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) StoredImagesDeleted deleted) {
    totals.invalidateAll();
  }
}
