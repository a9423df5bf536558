package org.quizmarker.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quizmarker.platform.Jsonp;

/**
 * The external broker pair's state ({@code QM_BROKER_URL} set), asked through Artemis's management
 * address with plain JMS request/reply messages (no Artemis classes needed): the active broker's
 * name ("live", or "backup" after a failover) and the work queues' counters, in the same shape as
 * {@link QueueStatistics} reads them from the embedded broker.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RemoteBroker {
  private static final Logger LOG = Logger.getLogger(RemoteBroker.class);
  private static final String MANAGEMENT = "activemq.management";
  private static final long REPLY_MS = 2000;

  @Inject
  @ConfigProperty(name = "qm.broker.url")
  Optional<String> url;

  @Resource(lookup = "java:/JmsXA")
  ConnectionFactory factory;

  /** Whether the server's JMS goes to an external broker. */
  public boolean configured() {
    return url.filter(u -> !u.isBlank()).isPresent();
  }

  /** What the overview shows of the broker, and its queues' counters (empty when unreachable). */
  public record State(boolean reachable, String activeBroker, Map<String, Object> queues) {}

  /**
   * Consumers on the images queue, every node's (for readiness: one question, not the overview's
   * twenty-one); 0 when the broker cannot be asked.
   */
  public long imageWorkers() {
    try (JMSContext jms = factory.createContext()) {
      Queue replies = jms.createTemporaryQueue();
      try (JMSConsumer answers = jms.createConsumer(replies)) {
        jms.start();
        Asker ask = new Asker(jms, jms.createQueue(MANAGEMENT), replies, answers);
        return number(ask.attribute("queue." + QueueStatistics.IMAGES, "consumerCount"));
      }
    } catch (JMSRuntimeException | JMSException | IllegalStateException e) {
      LOG.debugf("External broker not reachable for readiness: %s", e.toString());
      return 0;
    }
  }

  public State read() {
    try (JMSContext jms = factory.createContext()) {
      Queue management = jms.createQueue(MANAGEMENT);
      Queue replies = jms.createTemporaryQueue();
      try (JMSConsumer answers = jms.createConsumer(replies)) {
        jms.start();
        Asker ask = new Asker(jms, management, replies, answers);
        String active = String.valueOf(ask.attribute("broker", "name"));
        Map<String, Object> queues = new LinkedHashMap<>();
        for (String queue : QueueStatistics.QUEUES) {
          String resource = "queue." + queue;
          Map<String, Object> q = new LinkedHashMap<>();
          long messages = number(ask.attribute(resource, "messageCount"));
          long delivering = number(ask.attribute(resource, "deliveringCount"));
          long scheduled = number(ask.attribute(resource, "scheduledCount"));
          q.put("messages", messages);
          q.put("delivering", delivering);
          q.put("scheduled", scheduled);
          q.put("added", number(ask.attribute(resource, "messagesAdded")));
          q.put("consumers", number(ask.attribute(resource, "consumerCount")));
          q.put("waiting", Math.max(0, messages - delivering - scheduled));
          q.put("in_delivery", delivering);
          queues.put(queue, q);
        }
        QueueStatistics.addDeadLetters(queues);
        return new State(true, active, queues);
      }
    } catch (JMSRuntimeException | JMSException | IllegalStateException e) {
      LOG.debugf("External broker not reachable for statistics: %s", e.toString());
      return new State(false, null, Map.of());
    }
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  /** One management question at a time, each answered on the temporary queue. */
  private record Asker(JMSContext jms, Queue management, Queue replies, JMSConsumer answers) {
    Object attribute(String resource, String attribute) throws JMSException {
      Message request = jms.createMessage();
      request.setStringProperty("_AMQ_ResourceName", resource);
      request.setStringProperty("_AMQ_Attribute", attribute);
      request.setJMSReplyTo(replies);
      jms.createProducer().send(management, request);
      Message reply = answers.receive(REPLY_MS);
      if (reply == null) {
        throw new IllegalStateException("No answer from the broker's management address");
      }
      if (!reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
        throw new IllegalStateException(
            "Broker refused " + resource + "." + attribute + ": " + reply.getBody(String.class));
      }
      // The answer is a JSON array holding the one value.
      JsonArray result =
          Jsonp.createReader(new StringReader(reply.getBody(String.class))).readArray();
      JsonValue value = result.isEmpty() ? JsonValue.NULL : result.get(0);
      if (value instanceof JsonNumber n) {
        return n.longValue();
      }
      return value instanceof JsonString s ? s.getString() : value.toString();
    }
  }
}
