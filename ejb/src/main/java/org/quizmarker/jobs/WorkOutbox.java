package org.quizmarker.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Queues work from a request's transaction without the broker in it (issue 10): each message is a
 * row of the work outbox, written in the caller's transaction, so the transaction commits one
 * resource. Once it has committed, the rows are handed to {@link OutboxRelay} on another thread,
 * which sends them to the {@link WorkQueue} and deletes them in one transaction; rows a node did
 * not get to send (it died after the commit) are sent by {@link OutboxSweeper}. As with the queue
 * itself, a message leaves only if the caller's rows commit.
 *
 * <p>Used where work is made on a request thread (upload, an admin's retry, a grading job). The
 * workers send straight to the queue: their transactions hold the broker already (they consume a
 * message), and they are not on a client's clock.
 */
@ApplicationScoped
public class WorkOutbox {
  private static final Logger LOG = Logger.getLogger(WorkOutbox.class);

  /** The key of this transaction's outbox ids in the registry. */
  private static final Object PENDING = new Object();

  @Inject OutboxRepository rows;
  @Inject OutboxRelay relay;
  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry registry;
  @Resource ManagedExecutorService executor;

  /** One image to read, sent after the caller's transaction commits. */
  public void submitImage(UUID jobId, long imageId) {
    pending().add(rows.add(OutboxMessage.image(jobId, imageId, clock.instant())));
  }

  /** A job-level step, sent after the caller's transaction commits. */
  public void submitJobStep(UUID jobId, JobStep step) {
    pending().add(rows.add(OutboxMessage.jobStep(jobId, step.wire(), clock.instant())));
  }

  /** This transaction's outbox ids; the first call registers their relay after the commit. */
  private List<Long> pending() {
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) registry.getResource(PENDING);
    if (ids != null) {
      return ids;
    }
    List<Long> fresh = new ArrayList<>();
    registry.putResource(PENDING, fresh);
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relayLater(List.copyOf(fresh));
            }
          }
        });
    return fresh;
  }

  /** Off the request thread: the client's 202 does not wait for the broker. */
  private void relayLater(List<Long> ids) {
    try {
      executor.execute(() -> relayNow(ids));
    } catch (RuntimeException e) {
      LOG.warnf("Outbox messages %s not handed to a sender (%s); the sweeper sends them", ids, e);
    }
  }

  private void relayNow(List<Long> ids) {
    try {
      relay.sendCommitted(ids);
    } catch (RuntimeException e) {
      // rolled back: the rows are still there, and the sweeper sends them
      LOG.warnf("Outbox messages %s not sent (%s); the sweeper sends them", ids, e);
    }
  }
}
