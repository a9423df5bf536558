package org.quizmarker.admin;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes, once a day, the stored images of jobs that ended more than {@code qm.retention-days}
 * ago, so that uploads do not fill the disk. Every node of a cluster runs it; the deletion is the
 * same whichever runs first.
 */
@Singleton
public class ImageRetention {
  private static final Logger LOG = Logger.getLogger(ImageRetention.class);

  /** Days an ended job's images are kept (for an admin's retry); 0 keeps them for ever. */
  @Inject
  @ConfigProperty(name = "qm.retention-days", defaultValue = "30")
  int retentionDays;

  @Inject JobAdminService admin;

  @Schedule(hour = "3", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void daily() {
    if (retentionDays <= 0) {
      return;
    }
    try {
      admin.deleteImagesOlderThan(retentionDays);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Deleting images older than %d days failed; next try tomorrow", retentionDays);
    }
  }

  public int retentionDays() {
    return retentionDays;
  }
}
