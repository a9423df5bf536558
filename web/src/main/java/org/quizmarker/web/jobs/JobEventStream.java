package org.quizmarker.web.jobs;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.quizmarker.jobs.JobDetails;
import org.quizmarker.jobs.JobEventBus;
import org.quizmarker.jobs.JobService;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.web.api.JsonConfig;

/**
 * One client's Server-Sent Events stream of a job: an event {@code status} (the job as {@code GET
 * /jobs/{id}} shows it) whenever it changes, then the stream closes once the job has ended. Changes
 * committed on this node, or relayed from other nodes of a cluster, are pushed at once; a re-read
 * on a timer (every second while nothing is relayed, see {@link JobEventBus#pollMillis()}) catches
 * the rest and ends streams whose client went away; whether the session or token still holds is
 * checked every second.
 */
final class JobEventStream {
  private static final Logger LOG = Logger.getLogger(JobEventStream.class);

  /** Streams end after this long even if the job has not (clients reconnect). */
  private static final long MAX_MS = 30 * 60 * 1000;

  private final JobService jobs;
  private final JobEventBus events;
  private final ManagedScheduledExecutorService scheduler;
  private final long ownerId;
  private final UUID jobId;
  private final SseEventSink sink;
  private final Sse sse;
  private final BooleanSupplier stillSignedIn;
  private final AtomicLong lastRevision = new AtomicLong(-1);
  private final long started = System.currentTimeMillis();
  private volatile long lastRead;
  private volatile Runnable unsubscribe = () -> {};
  private volatile ScheduledFuture<?> poll;

  JobEventStream(
      JobService jobs,
      JobEventBus events,
      ManagedScheduledExecutorService scheduler,
      long ownerId,
      UUID jobId,
      SseEventSink sink,
      Sse sse,
      BooleanSupplier stillSignedIn) {
    this.jobs = jobs;
    this.events = events;
    this.scheduler = scheduler;
    this.ownerId = ownerId;
    this.jobId = jobId;
    this.sink = sink;
    this.sse = sse;
    this.stillSignedIn = stillSignedIn;
  }

  void start() {
    unsubscribe = events.subscribe(jobId, snapshot -> scheduler.execute(this::refresh));
    poll =
        scheduler.scheduleWithFixedDelay(
            this::tick, 0, JobEventBus.POLL_ALONE_MS, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    if (sink.isClosed()
        || !stillSignedIn.getAsBoolean()
        || System.currentTimeMillis() - lastRead >= events.pollMillis()) {
      refresh();
    }
  }

  private synchronized void refresh() {
    lastRead = System.currentTimeMillis();
    if (sink.isClosed() || System.currentTimeMillis() - started > MAX_MS) {
      stop();
      return;
    }
    if (!stillSignedIn.getAsBoolean()) {
      LOG.infof("Event stream of job %s ended: its session ended or its token was revoked", jobId);
      stop();
      return;
    }
    try {
      JobDetails details = jobs.detailsForOwner(ownerId, jobId);
      JobSnapshot s = details.snapshot();
      if (s.revision() > lastRevision.get()) {
        lastRevision.set(s.revision());
        // The event's data is the JSON text itself (written with the API's JSON settings); wait
        // for the write, so closing the stream right after cannot overtake it.
        sink.send(
                sse.newEventBuilder()
                    .name("status")
                    .id(Long.toString(s.revision()))
                    .data(String.class, JsonConfig.JSONB.toJson(JobJson.of(s, details.result())))
                    .build())
            .toCompletableFuture()
            .join();
      }
      if (s.status().isEnded()) {
        stop();
      }
    } catch (RuntimeException e) {
      LOG.warnf("Event stream of job %s ended: %s", jobId, e.toString());
      stop();
    }
  }

  private void stop() {
    unsubscribe.run();
    ScheduledFuture<?> p = poll;
    if (p != null) {
      p.cancel(false);
    }
    if (!sink.isClosed()) {
      sink.close();
    }
  }
}
