package org.quizmarker.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.ProgressCache;

/**
 * The admin's overview: jobs of all users by status, stored images and their bytes, the work queues
 * (from Artemis's management beans) and whether the progress cache answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AdminService {
  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  @Inject ProgressCache cache;

  public Map<String, Object> overview() {
    Map<String, Object> jobs = new LinkedHashMap<>();
    for (JobStatus s : JobStatus.values()) {
      jobs.put(s.wire(), 0L);
    }
    for (Object[] row :
        em.createQuery("select j.status, count(j) from Job j group by j.status", Object[].class)
            .getResultList()) {
      jobs.put(((JobStatus) row[0]).wire(), row[1]);
    }
    Map<String, Object> overview = new LinkedHashMap<>();
    overview.put("jobs", jobs);
    overview.put(
        "images", em.createQuery("select count(i) from JobImage i", Long.class).getSingleResult());
    overview.put(
        "stored_images",
        em.createQuery("select count(d) from ImageData d", Long.class).getSingleResult());
    overview.put("queues", queues());
    overview.put("progress_cache_available", cache.isAvailable());
    return overview;
  }

  /**
   * Whether the service can do its work: the database answers and workers listen on the images
   * queue. Redis is reported, but status is served from the database without it.
   */
  public Readiness readiness() {
    String databaseError = null;
    try {
      em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    } catch (RuntimeException e) {
      databaseError = String.valueOf(e.getMessage());
    }
    long workers = 0;
    if (queues().get(QueueStatistics.IMAGES) instanceof Map<?, ?> images
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

  /** Depth and counters of each work queue; empty when the broker's beans are not visible. */
  Map<String, Object> queues() {
    return QueueStatistics.read();
  }
}
