package org.quizmarker.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quizmarker.cluster.ClusterRepository;
import org.quizmarker.cluster.NodeIdentity;
import org.quizmarker.jobs.ImageStatus;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.ProgressCache;
import org.quizmarker.jobs.WorkerSettings;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;

/**
 * The admin's overview: jobs of all users by status, stored images and their bytes, the work queues
 * (from Artemis's management beans), workers, database and progress cache, and the images ended per
 * minute for the console's charts; in a cluster, every node that is up and which node holds each
 * once-per-cluster task.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
public class AdminService {
  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  /** The longest window of the console's charts: a day. */
  public static final int MAX_SERIES_MINUTES = 1440;

  @Inject ProgressCache cache;
  @Inject WorkerSettings workers;
  @Inject JobRepository jobs;
  @Inject Clock clock;
  @Inject DatabaseTotalsCache totals;
  @Inject ClusterRepository cluster;
  @Inject NodeIdentity node;
  @Inject RemoteBroker remoteBroker;

  /** A node with a recent heartbeat. */
  public record NodeView(String name, int workers, Instant startedAt, Instant lastSeenAt) {}

  /** Who runs a once-per-cluster task ({@code job-watchdog}, {@code image-retention}). */
  public record LeaseView(
      String task, String holder, Instant expiresAt, Instant lastRunAt, long runs) {}

  public Map<String, Object> overview() {
    DatabaseTotals counted = totals.get(this::countTotals);
    Map<String, Object> jobs = new LinkedHashMap<>();
    for (JobStatus s : JobStatus.values()) {
      jobs.put(s.wire(), counted.jobsByStatus().getOrDefault(s, 0L));
    }
    Map<String, Object> overview = new LinkedHashMap<>();
    overview.put("jobs", jobs);
    overview.put("images", counted.images());
    overview.put("stored_images", counted.storedImages());
    Map<String, Object> queues;
    if (remoteBroker.configured()) {
      RemoteBroker.State broker = remoteBroker.read();
      queues = broker.queues();
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("mode", "remote");
      state.put("reachable", broker.reachable());
      state.put("active", broker.activeBroker());
      overview.put("broker", state);
    } else {
      queues = QueueStatistics.read();
      overview.put("broker", Map.of("mode", "embedded", "reachable", !queues.isEmpty()));
    }
    overview.put("queues", queues);
    overview.put("progress_cache_available", cache.isAvailable());
    long inFlight =
        queues.get(QueueStatistics.IMAGES) instanceof Map<?, ?> images
                && images.get("in_delivery") instanceof Number n
            ? n.longValue()
            : 0;
    List<NodeView> nodes = nodes();
    // Messages in delivery are the whole broker's, so the workers are every node's.
    int total = Math.max(workers.count(), nodes.stream().mapToInt(NodeView::workers).sum());
    overview.put("workers", Map.of("busy", Math.min(inFlight, total), "total", total));
    overview.put("database", Map.of("up", databaseUp()));
    overview.put("redis", Map.of("up", cache.isAvailable()));
    overview.put("node", node.name());
    overview.put("nodes", nodes);
    overview.put("leases", leases());
    return overview;
  }

  private DatabaseTotals countTotals() {
    Map<JobStatus, Long> jobs = new EnumMap<>(JobStatus.class);
    for (Object[] row :
        em.createQuery("select j.status, count(*) from Job j group by j.status", Object[].class)
            .getResultList()) {
      jobs.put((JobStatus) row[0], (Long) row[1]);
    }
    return new DatabaseTotals(
        jobs,
        em.createQuery("select count(*) from JobImage i", Long.class).getSingleResult(),
        em.createQuery("select count(*) from ImageData d", Long.class).getSingleResult());
  }

  /** The nodes seen lately, or this one alone before its first heartbeat is written. */
  private List<NodeView> nodes() {
    List<NodeView> seen =
        cluster.nodesSeenSince(clock.instant().minus(NodeHeartbeat.SILENCE)).stream()
            .map(
                n -> new NodeView(n.getName(), n.getWorkers(), n.getStartedAt(), n.getLastSeenAt()))
            .toList();
    return seen.isEmpty()
        ? List.of(new NodeView(node.name(), workers.count(), node.startedAt(), null))
        : seen;
  }

  private List<LeaseView> leases() {
    return cluster.leases().stream()
        .map(
            l ->
                new LeaseView(
                    l.getName(), l.getHolder(), l.getExpiresAt(), l.getLastRunAt(), l.getRuns()))
        .toList();
  }

  /** Images ended per minute over the last {@code minutes}, with their mean wait and read time. */
  public List<ActivitySeries.Point> activity(int minutes) {
    if (minutes < 1 || minutes > MAX_SERIES_MINUTES) {
      throw ServiceException.invalid(
          "INVALID_MINUTES", "minutes must be from 1 to " + MAX_SERIES_MINUTES);
    }
    Instant now = clock.instant();
    List<ActivitySeries.EndedImage> ended =
        jobs.endedSince(now.minus(minutes, ChronoUnit.MINUTES)).stream()
            .map(
                i ->
                    new ActivitySeries.EndedImage(
                        i.getCompletedAt(),
                        i.getStatus() == ImageStatus.COMPLETED,
                        i.getStartedAt() == null
                            ? null
                            : Duration.between(i.getJob().getCreatedAt(), i.getStartedAt())
                                .toMillis(),
                        i.getProcessingMs()))
            .toList();
    return ActivitySeries.of(ended, now, minutes);
  }

  private boolean databaseUp() {
    try {
      em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether the service can do its work: the database answers and workers listen on the images
   * queue (with an external broker: any node's workers, so the broker must answer). Redis is
   * reported, but status is served from the database without it.
   */
  @PermitAll // the public health check
  public Readiness readiness() {
    String databaseError = null;
    try {
      em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    } catch (RuntimeException e) {
      databaseError = String.valueOf(e.getMessage());
    }
    long workers = 0;
    if (remoteBroker.configured()) {
      workers = remoteBroker.imageWorkers();
    } else if (QueueStatistics.read().get(QueueStatistics.IMAGES) instanceof Map<?, ?> images
        && images.get("consumers") instanceof Number n) {
      workers = n.longValue();
    }
    return new Readiness(databaseError == null, databaseError, workers, cache.isAvailable());
  }

  /** What {@link #readiness()} found. */
  public record Readiness(
      boolean database, String databaseError, long imageWorkers, boolean progressCache) {
    public boolean ready() {
      return database && imageWorkers > 0;
    }
  }
}
