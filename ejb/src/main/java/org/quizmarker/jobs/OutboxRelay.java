package org.quizmarker.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to the queue: each row is locked, sent and deleted in one transaction of its
 * own (database and broker, two-phase), so a row is sent exactly once even when the after-commit
 * sender and the sweeper reach it together: the second waits for the first's lock and then finds
 * the row gone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  @Inject OutboxRepository rows;
  @Inject WorkQueue queue;
  @Inject WorkerFaults faults;
  @Inject Clock clock;

  /** Sends the rows a transaction wrote, just after it committed. */
  public int sendCommitted(List<Long> ids) {
    return send(ids, false);
  }

  /** Sends rows that stayed unsent (their node died between commit and send); logs each. */
  public int sendLeftOver(List<Long> ids) {
    return send(ids, true);
  }

  private int send(List<Long> ids, boolean leftOver) {
    int sent = 0;
    for (OutboxMessage row : rows.lock(ids)) {
      if (!leftOver && faults.leavesUnsent(row)) {
        continue;
      }
      int deliveries = faults.deliveries(row);
      for (int i = 0; i < deliveries; i++) {
        if (!OutboxDispatch.send(row, queue)) {
          LOG.warnf("Job %s: outbox message %d is malformed; dropped", row.getJobId(), row.getId());
          break;
        }
      }
      rows.remove(row);
      sent++;
      if (leftOver) {
        LOG.infof(
            "Job %s: outbox message %d (%s) was unsent %d ms after its commit; sent by the sweeper",
            row.getJobId(),
            row.getId(),
            OutboxDispatch.describe(row),
            Duration.between(row.getCreatedAt(), clock.instant()).toMillis());
      }
    }
    return sent;
  }
}
