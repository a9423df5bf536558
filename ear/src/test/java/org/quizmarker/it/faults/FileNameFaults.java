package org.quizmarker.it.faults;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.ImageItemTracker.Start;
import org.quizmarker.jobs.JobImage;
import org.quizmarker.jobs.WorkerFaults;

/**
 * Faults by file name: {@code fault-transient*} fails transiently on every attempt (so it ends in
 * the dead-letter queue), {@code fault-until-retry*} until an admin retries it, a job whose last
 * image to end is {@code fault-lost-finalise*} loses its finalising message (for the watchdog), and
 * {@code fault-slow*} takes {@link #SLOW} before it is read (a job that stays running for a while),
 * and {@code fault-end-sessions*} deletes its uploader's session rows in the database, bypassing
 * the service and this node's caller cache (as another node's sign-out would).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class FileNameFaults implements WorkerFaults {
  private static final Logger LOG = Logger.getLogger(FileNameFaults.class);
  static final Duration SLOW = Duration.ofSeconds(20);

  @Inject SessionRows sessionRows;

  @Override
  public void beforeReading(Start image) throws SQLTransientException {
    String name = image.filename();
    if (name.startsWith("fault-transient")
        || (name.startsWith("fault-until-retry") && image.retries() == 0)) {
      throw new SQLTransientConnectionException("Injected transient fault (test deployment)");
    }
    if (name.startsWith("fault-end-sessions")) {
      int deleted = sessionRows.deleteOfJobOwner(image.jobId());
      LOG.warnf(
          "Job %s: %d session rows of its owner deleted (injected fault)", image.jobId(), deleted);
    }
    if (name.startsWith("fault-slow")) {
      try {
        Thread.sleep(SLOW.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean dropsFinalisation(JobImage lastImage) {
    if (!lastImage.getFilename().startsWith("fault-lost-finalise")) {
      return false;
    }
    LOG.warnf("Job %s: finalising message dropped (injected fault)", lastImage.getJob().getId());
    return true;
  }
}
