package org.quizmarker.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.quizmarker.jobs.ProgressCache;

/**
 * QuizMarker's part of the server's {@code /health/ready} (management port): ready when the
 * database answers and workers listen on the image queue. Redis is reported but does not make the
 * service unready, because job status is then served from the database.
 */
@Readiness
@ApplicationScoped
public class ServiceReadiness implements HealthCheck {

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  @Inject ProgressCache cache;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("quizmarker");
    boolean database;
    try {
      em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
      database = true;
    } catch (RuntimeException e) {
      database = false;
      response.withData("database_error", String.valueOf(e.getMessage()));
    }
    long workers = imageConsumers(QueueStatistics.read());
    return response
        .withData("database", database ? "UP" : "DOWN")
        .withData("image_workers", workers)
        .withData("progress_cache", cache.isAvailable() ? "UP" : "DOWN")
        .status(database && workers > 0)
        .build();
  }

  private static long imageConsumers(Map<String, Object> queues) {
    if (queues.get(QueueStatistics.IMAGES) instanceof Map<?, ?> images
        && images.get("consumers") instanceof Number n) {
      return n.longValue();
    }
    return 0;
  }
}
