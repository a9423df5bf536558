package org.quizmarker.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quizmarker.cluster.ClusterLeases;
import org.quizmarker.users.AppUser;

/**
 * Deletes, once a day, the stored images of jobs that ended more than {@code qm.retention-days}
 * ago, so that uploads do not fill the disk. Every node schedules it; the first to take the {@value
 * #LEASE} lease runs it, and the lease's term keeps the others (their clocks a little apart) from
 * running it again that night. The nightly run has no caller: it runs as the role {@code admin},
 * which the cleanup requires.
 */
@Singleton
// its timer must not fire into a database that is still being migrated (a fresh one, an upgrade)
@DependsOn("SchemaMigrator")
@RunAs(AppUser.ROLE_ADMIN)
public class ImageRetention {
  private static final Logger LOG = Logger.getLogger(ImageRetention.class);
  static final String LEASE = "image-retention";

  /** Well under a day (tomorrow's run must find it free), well over any clock skew. */
  static final Duration LEASE_TERM = Duration.ofHours(12);

  /** Days an ended job's images are kept (for an admin's retry); 0 keeps them for ever. */
  @Inject
  @ConfigProperty(name = "qm.retention-days", defaultValue = "30")
  int retentionDays;

  @Inject JobAdminService admin;
  @Inject ClusterLeases leases;

  @Schedule(hour = "3", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void daily() {
    if (retentionDays <= 0 || !leases.claim(LEASE, LEASE_TERM)) {
      return;
    }
    try {
      admin.deleteImagesOlderThan(retentionDays);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Deleting images older than %d days failed; next try tomorrow", retentionDays);
    }
  }

  @PermitAll
  public int retentionDays() {
    return retentionDays;
  }
}
