package org.quizmarker.it.faults;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Races {@link #CONTENDERS} "nodes" for the free lease {@value #LEASE} on the real database, each
 * in its own transaction, then plays a renewal, a refused claim and a takeover after expiry. It
 * runs once, a second after deployment (EJB calls from other threads wait until the deployment is
 * up, so it cannot run inside it). What happened is left in the lease row for ClusterLeaseIT to
 * read through the admin overview: exactly one winner of the race plus the two later successes make
 * {@code runs == 3}, with {@link #LAST} the holder.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseRace {
  private static final Logger LOG = Logger.getLogger(LeaseRace.class);
  public static final String LEASE = "it-race";
  public static final int CONTENDERS = 6;
  public static final String LAST = "contender-" + (CONTENDERS - 1);

  @Inject LeaseTaker taker;

  @Resource ManagedExecutorService executor;
  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(1000, new TimerConfig(null, false));
  }

  @Timeout
  void race() {
    try {
      run();
    } catch (ExecutionException e) {
      LOG.errorf(e, "Lease race failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() throws ExecutionException, InterruptedException {
    taker.reset(LEASE);
    // Whole milliseconds: the database keeps microseconds and may round a time up, and the
    // takeover below claims at exactly the instant the lease expires.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Instant until = now.plus(Duration.ofMinutes(10));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < CONTENDERS - 1; i++) {
      String holder = "contender-" + i;
      claims.add(
          executor.submit(
              () -> {
                start.await();
                return taker.take(LEASE, holder, now, until);
              }));
    }
    start.countDown();
    String winner = null;
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).get()) {
        winner = winner == null ? "contender-" + i : "more than one";
      }
    }
    LOG.infof("Lease race: won by %s", winner);
    if (winner == null || winner.startsWith("more")) {
      return; // runs shows it: 0 or more than one
    }
    Instant later = now.plusSeconds(60);
    boolean renewed = taker.take(LEASE, winner, later, until);
    boolean refused = !taker.take(LEASE, LAST, later, until);
    boolean takenOver = taker.take(LEASE, LAST, until, until.plusSeconds(60));
    LOG.infof("Lease race: renewed %s, refused %s, taken over %s", renewed, refused, takenOver);
  }
}
