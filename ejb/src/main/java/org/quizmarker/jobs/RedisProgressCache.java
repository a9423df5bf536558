package org.quizmarker.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quizmarker.platform.RedisConnections;
import org.quizmarker.platform.RedisSettings;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * {@link ProgressCache} in Redis: one hash per job ({@code qm:job:<id>}) with a TTL.
 *
 * <p>Writes go through a small Lua script that keeps the newest revision, because workers commit in
 * parallel and their after-commit writes may arrive out of order; progress must never go back.
 *
 * <p>Outages: calls have short timeouts; after a failure the cache is skipped for {@link
 * #RETRY_AFTER_MS} so requests do not each wait for a timeout, and the outage is logged once (not
 * per request). Writes dropped during an outage would leave stale entries behind, so when Redis
 * answers again this node deletes the job entries: the next reads miss and refill from the
 * database.
 */
@ApplicationScoped
public class RedisProgressCache implements ProgressCache {
  private static final Logger LOG = Logger.getLogger(RedisProgressCache.class);
  static final String PREFIX = "qm:job:";
  static final long RETRY_AFTER_MS = 3000;

  private static final String PUT_IF_NEWER =
      "local cur = redis.call('HGET', KEYS[1], 'revision')\n"
          + "if cur and tonumber(cur) >= tonumber(ARGV[1]) then return 0 end\n"
          + "for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end\n"
          + "redis.call('HSET', KEYS[1], 'revision', ARGV[1])\n"
          + "redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))\n"
          + "return 1";

  @Inject RedisSettings redisSettings;

  @Inject
  @ConfigProperty(name = "qm.progress.ttl-seconds", defaultValue = "86400")
  long ttlSeconds;

  @Inject Clock clock;

  private RedisClient redis;
  private volatile long skipUntil;
  private final AtomicBoolean down = new AtomicBoolean(false);

  @PostConstruct
  void connect() {
    redis = RedisConnections.open(redisSettings.url(), redisSettings.timeoutMs(), 32);
    LOG.infof("Progress cache: Redis at %s", RedisConnections.address(redisSettings.url()));
  }

  @PreDestroy
  void close() {
    if (redis != null) {
      redis.close();
    }
  }

  @Override
  public void put(JobSnapshot s) {
    if (skipping()) {
      return;
    }
    List<String> args = new ArrayList<>();
    args.add(Long.toString(s.revision()));
    args.add(Long.toString(ttlSeconds));
    fields(s)
        .forEach(
            (k, v) -> {
              args.add(k);
              args.add(v);
            });
    try {
      redis.eval(PUT_IF_NEWER, List.of(PREFIX + s.jobId()), args);
      reachable();
    } catch (RuntimeException e) {
      unreachable(e);
    }
  }

  @Override
  public Optional<JobSnapshot> get(UUID jobId) {
    if (skipping()) {
      return Optional.empty();
    }
    try {
      Map<String, String> hash = redis.hgetAll(PREFIX + jobId);
      reachable();
      // An entry written before the item counts existed is a miss: the database answers.
      return hash == null || hash.isEmpty() || !hash.containsKey("total")
          ? Optional.empty()
          : Optional.of(read(jobId, hash));
    } catch (RuntimeException e) {
      unreachable(e);
      return Optional.empty();
    }
  }

  @Override
  public boolean isAvailable() {
    return !down.get();
  }

  private boolean skipping() {
    return down.get() && clock.millis() < skipUntil;
  }

  private void unreachable(RuntimeException e) {
    skipUntil = clock.millis() + RETRY_AFTER_MS;
    if (down.compareAndSet(false, true)) {
      LOG.warnf(
          "Progress cache unavailable (%s: %s); serving job status from the database",
          e.getClass().getSimpleName(), e.getMessage());
    }
  }

  private void reachable() {
    if (down.compareAndSet(true, false)) {
      int dropped = dropEntries();
      LOG.infof("Progress cache available again; dropped %d possibly stale entries", dropped);
    }
  }

  private int dropEntries() {
    int dropped = 0;
    try {
      String cursor = ScanParams.SCAN_POINTER_START;
      ScanParams params = new ScanParams().match(PREFIX + "*").count(500);
      do {
        ScanResult<String> page = redis.scan(cursor, params);
        if (!page.getResult().isEmpty()) {
          dropped += (int) redis.del(page.getResult().toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    } catch (RuntimeException e) {
      unreachable(e);
    }
    return dropped;
  }

  static Map<String, String> fields(JobSnapshot s) {
    Map<String, String> f = new HashMap<>();
    f.put("owner", Long.toString(s.ownerId()));
    f.put("type", s.jobType().wire());
    f.put("status", s.status().wire());
    f.put("progress", Integer.toString(s.progress()));
    f.put("step", s.currentStep() == null ? "" : s.currentStep());
    f.put("created", s.createdAt().toString());
    f.put("started", s.startedAt() == null ? "" : s.startedAt().toString());
    f.put("completed", s.completedAt() == null ? "" : s.completedAt().toString());
    f.put("error", s.error() == null ? "" : s.error());
    f.put("quiz", s.quizId() == null ? "" : s.quizId().toString());
    f.put("total", Integer.toString(s.totalItems()));
    f.put("done", Integer.toString(s.doneItems()));
    f.put("failed", Integer.toString(s.failedItems()));
    return f;
  }

  static JobSnapshot read(UUID jobId, Map<String, String> f) {
    return new JobSnapshot(
        jobId,
        Long.parseLong(f.get("owner")),
        JobType.fromWire(f.get("type")).orElseThrow(),
        JobStatus.fromWire(f.get("status")).orElseThrow(),
        Integer.parseInt(f.get("progress")),
        emptyToNull(f.get("step")),
        Instant.parse(f.get("created")),
        instant(f.get("started")),
        instant(f.get("completed")),
        emptyToNull(f.get("error")),
        Long.parseLong(f.get("revision")),
        f.get("quiz") == null || f.get("quiz").isEmpty() ? null : Long.valueOf(f.get("quiz")),
        Integer.parseInt(f.get("total")),
        Integer.parseInt(f.get("done")),
        Integer.parseInt(f.get("failed")));
  }

  private static Instant instant(String value) {
    return value == null || value.isEmpty() ? null : Instant.parse(value);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
