package org.quizmarker.quizzes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.Supplier;
import org.quizmarker.grading.AnswerKey;

/**
 * Parsed answer keys by quiz, version and the quiz's creation time. A key version is never changed
 * once stored (a new key is a new version), so an entry never goes stale and nothing needs to clear
 * it; the creation time keeps a quiz that reuses an id (a database created anew under a running
 * server) from reading another's key. Saves a query and a parse on every results page, stats and
 * job result of a quiz (issue 10).
 */
@ApplicationScoped
public class AnswerKeyCache {
  static final long MAX_ENTRIES = 1_000;

  record Version(long quizId, int version, Instant quizCreatedAt) {}

  private final Cache<Version, AnswerKey> keys =
      Caffeine.newBuilder()
          .maximumSize(MAX_ENTRIES)
          // Upkeep on the calling thread: no unmanaged pool threads inside the server.
          .executor(Runnable::run)
          .build();

  /** The key of this version of the quiz, else {@code load}'s (kept unless it is null). */
  public AnswerKey get(Quiz quiz, Supplier<AnswerKey> load) {
    Version v = new Version(quiz.getId(), quiz.getCurrentVersion(), quiz.getCreatedAt());
    AnswerKey cached = keys.getIfPresent(v);
    if (cached != null) {
      return cached;
    }
    AnswerKey loaded = load.get();
    if (loaded != null) {
      keys.put(v, loaded);
    }
    return loaded;
  }
}
