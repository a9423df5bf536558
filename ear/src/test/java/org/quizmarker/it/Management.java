package org.quizmarker.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** Reads the server's management model (queue counters), as an admin would with jboss-cli. */
public final class Management {
  private Management() {}

  /** A JMS queue's attribute, e.g. {@code messages-added} of {@code QuizMarkerImages}. */
  public static long queueAttribute(String queue, String attribute) {
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 10090)) {
      ModelNode op = new ModelNode();
      op.get("operation").set("read-attribute");
      op.get("name").set(attribute);
      ModelNode address = op.get("address");
      address.add("subsystem", "messaging-activemq");
      address.add("server", "default");
      address.add("jms-queue", queue);
      ModelNode result = client.execute(op);
      if (!"success".equals(result.get("outcome").asString())) {
        throw new IllegalStateException("Management read failed: " + result);
      }
      return result.get("result").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
