package org.quizmarker.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Remembers for a few seconds who a session or token stands for, so that status polling does not
 * read the sessions and accounts tables on every request. Changes made on this node (sign-out,
 * disable, delete, revoke, password or role change) evict at once; other nodes of a cluster follow
 * within {@link #TTL}. Bounded by count, least recently used first, so many callers no longer empty
 * it.
 */
@ApplicationScoped
public class CallerCache {
  static final Duration TTL = Duration.ofSeconds(5);
  static final long MAX_ENTRIES = 10_000;

  private final Cache<String, Optional<Caller>> entries;

  public CallerCache() {
    this(Ticker.systemTicker());
  }

  CallerCache(Ticker ticker) {
    entries =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(TTL)
            .ticker(ticker)
            // Upkeep on the calling thread: no unmanaged pool threads inside the server.
            .executor(Runnable::run)
            .build();
  }

  /** The key of a session, by the hash of its key. */
  static String sessionKey(String idHash) {
    return "session:" + idHash;
  }

  /** The key of an API token, by its hash. */
  static String tokenKey(String tokenHash) {
    return "token:" + tokenHash;
  }

  /**
   * The cached answer for {@code key} without loading it: null when this node holds none. The
   * identity store asks here first so that a hit costs no EJB call (and no transaction).
   */
  Optional<Caller> cached(String key) {
    return entries.getIfPresent(key);
  }

  /**
   * The cached answer for {@code key}, else {@code load}'s (an unknown or disabled caller is cached
   * too, as empty). The load (a database read) runs outside the cache's locks, so a slow read never
   * holds up callers of other keys.
   */
  Optional<Caller> get(String key, Supplier<Optional<Caller>> load) {
    Optional<Caller> cached = entries.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    Optional<Caller> caller = load.get();
    entries.put(key, caller);
    return caller;
  }

  /** Forgets one entry on this node at once (a sign-out here must not wait for {@link #TTL}). */
  void evict(String key) {
    entries.invalidate(key);
  }

  void evictAll() {
    entries.invalidateAll();
  }

  /** Entries held now, after pending evictions ran (for tests of the bound). */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
