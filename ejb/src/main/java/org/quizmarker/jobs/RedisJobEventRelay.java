package org.quizmarker.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quizmarker.cluster.NodeIdentity;
import org.quizmarker.platform.LogSafe;
import org.quizmarker.platform.RedisConnections;
import org.quizmarker.platform.RedisSettings;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;

/**
 * {@link JobEventRelay} over Redis pub/sub (channel {@value #CHANNEL}), on a node started with
 * {@code QM_NODE_NAME}; alone, a node relays nothing and is never {@link #live()}.
 *
 * <p>One managed thread holds the subscription and hands what arrives to this node's {@link
 * JobEventBus} (progress) or {@link EndedJobCache} (marks). When Redis goes away the thread tries
 * again every {@link #RETRY_MS}; meanwhile sending is skipped (no request waits for a timeout) and
 * the event streams poll. On (re)subscribing the ended-job cache is cleared, since marks messages
 * may have been missed.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RedisJobEventRelay implements JobEventRelay {
  private static final Logger LOG = Logger.getLogger(RedisJobEventRelay.class);
  static final String CHANNEL = "qm:job-events";
  static final long RETRY_MS = 1000;

  @Inject RedisSettings redisSettings;

  @Inject NodeIdentity node;
  @Inject JobEventBus bus;
  @Inject EndedJobCache endedJobs;

  @Resource ManagedThreadFactory threads;

  private RedisClient publisher;
  private RedisClient subscriber;
  private volatile JedisPubSub subscription;
  private volatile boolean running;
  private volatile boolean live;
  private volatile boolean outageLogged;
  private Thread listener;

  @PostConstruct
  void start() {
    if (!node.clustered()) {
      return;
    }
    publisher = RedisConnections.open(redisSettings.url(), redisSettings.timeoutMs(), 8);
    subscriber = RedisConnections.open(redisSettings.url(), redisSettings.timeoutMs(), 1);
    running = true;
    listener = threads.newThread(this::listen);
    listener.setName("qm-job-events");
    listener.start();
    LOG.infof(
        "Job events relayed between nodes through Redis at %s (this node: %s)",
        RedisConnections.address(redisSettings.url()), node.name());
  }

  @PreDestroy
  void stop() {
    running = false;
    JedisPubSub s = subscription;
    if (s != null && s.isSubscribed()) {
      s.unsubscribe();
    }
    if (listener != null) {
      listener.interrupt();
    }
    if (publisher != null) {
      publisher.close();
    }
    if (subscriber != null) {
      subscriber.close();
    }
  }

  @Override
  public void send(RelayedEvent event) {
    if (!live) {
      return;
    }
    try {
      publisher.publish(CHANNEL, RelayedEventCodec.encode(event));
    } catch (RuntimeException e) {
      // the listener thread notices the outage too and logs it once
      LOG.debugf("Job event not relayed: %s", e.toString());
    }
  }

  @Override
  public boolean live() {
    return live;
  }

  @Override
  public String origin() {
    return node.name();
  }

  private void listen() {
    while (running) {
      try {
        subscription = new Subscription();
        subscriber.subscribe(subscription, CHANNEL); // returns or throws when the link ends
      } catch (RuntimeException e) {
        if (running && !outageLogged) {
          LOG.warnf(
              "Job event relay unavailable (%s); event streams poll job status until Redis is back",
              e.toString());
          outageLogged = true;
        }
      }
      setLive(false);
      try {
        Thread.sleep(RETRY_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void setLive(boolean now) {
    live = now;
    bus.otherNodesHeard(now);
  }

  private final class Subscription extends JedisPubSub {
    @Override
    public void onSubscribe(String channel, int subscribedChannels) {
      endedJobs.invalidateAll(); // marks messages sent while we were away are lost
      setLive(true);
      LOG.infof("Job event relay subscribed to %s%s", CHANNEL, outageLogged ? " again" : "");
      outageLogged = false;
    }

    @Override
    public void onMessage(String channel, String message) {
      RelayedEventCodec.decode(message)
          .ifPresentOrElse(
              RedisJobEventRelay.this::deliver,
              () -> LOG.warnf("Job event relay: unreadable message %s", LogSafe.of(message)));
    }
  }

  private void deliver(RelayedEvent event) {
    if (event.origin().equals(node.name())) {
      return;
    }
    if (event instanceof RelayedEvent.Progress p) {
      bus.publish(p.snapshot());
    } else {
      endedJobs.invalidateAll();
    }
  }
}
