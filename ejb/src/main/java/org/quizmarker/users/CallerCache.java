package org.quizmarker.users;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers for a few seconds who a session or token stands for, so that status polling does not
 * read the accounts table on every request. Changes made on this node (disable, delete, revoke)
 * evict at once; other nodes of a cluster follow within {@link #TTL_MS}.
 */
@ApplicationScoped
public class CallerCache {
  static final long TTL_MS = 5000;
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Optional<Caller> caller, long expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  Optional<Caller> get(String key, Supplier<Optional<Caller>> load) {
    long now = System.currentTimeMillis();
    Entry e = entries.get(key);
    if (e != null && e.expires() > now) {
      return e.caller();
    }
    Optional<Caller> caller = load.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // crude bound; entries are cheap to reload
    }
    entries.put(key, new Entry(caller, now + TTL_MS));
    return caller;
  }

  void evictAll() {
    entries.clear();
  }
}
