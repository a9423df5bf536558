package org.quizmarker.admin;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.jboss.logging.Logger;

/** The work queues' depths and counters, read from the embedded Artemis's management beans. */
final class QueueStatistics {
  private static final Logger LOG = Logger.getLogger(QueueStatistics.class);
  static final String IMAGES = "QuizMarkerImages";
  static final String[] QUEUES = {
    IMAGES, "QuizMarkerImagesDLQ", "QuizMarkerJobs", "QuizMarkerJobsDLQ"
  };

  private QueueStatistics() {}

  /**
   * Per queue: messages, delivering, scheduled, added, consumers, and for the console waiting,
   * in_delivery and (work queues) dead_letters; a queue not visible is left out.
   */
  static Map<String, Object> read() {
    Map<String, Object> queues = new LinkedHashMap<>();
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (String queue : QUEUES) {
      try {
        var names =
            server.queryNames(
                new ObjectName(
                    "org.apache.activemq.artemis:component=addresses,subcomponent=queues,queue=\"jms.queue."
                        + queue
                        + "\",*"),
                null);
        if (names.isEmpty()) {
          continue;
        }
        ObjectName name = names.iterator().next();
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("messages", server.getAttribute(name, "MessageCount"));
        q.put("delivering", server.getAttribute(name, "DeliveringCount"));
        q.put("scheduled", server.getAttribute(name, "ScheduledCount"));
        q.put("added", server.getAttribute(name, "MessagesAdded"));
        q.put("consumers", server.getAttribute(name, "ConsumerCount"));
        long messages = ((Number) q.get("messages")).longValue();
        long delivering = ((Number) q.get("delivering")).longValue();
        long scheduled = ((Number) q.get("scheduled")).longValue();
        // The console's names: waiting = neither being delivered nor scheduled for later.
        q.put("waiting", Math.max(0, messages - delivering - scheduled));
        q.put("in_delivery", delivering);
        queues.put(queue, q);
      } catch (Exception e) {
        LOG.debugf("Queue %s statistics unavailable: %s", queue, e.getMessage());
      }
    }
    addDeadLetters(queues);
    return queues;
  }

  /** Each work queue's dead letters are the messages in its dead-letter queue. */
  static void addDeadLetters(Map<String, Object> queues) {
    for (String queue : QUEUES) {
      if (!queue.endsWith("DLQ")
          && queues.get(queue) instanceof Map<?, ?> q
          && queues.get(queue + "DLQ") instanceof Map<?, ?> dlq) {
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) q;
        target.put("dead_letters", dlq.get("messages"));
      }
    }
  }
}
