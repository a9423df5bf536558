package org.quizmarker.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name in the cluster ({@code qm.node.name}, i.e. {@code QM_NODE_NAME}) and when it
 * started. Without one the node runs alone and is called by the server's node name.
 */
@ApplicationScoped
public class NodeIdentity {
  @Inject
  @ConfigProperty(name = "qm.node.name")
  Optional<String> configuredName;

  @Inject Clock clock;

  private Instant startedAt;

  public String name() {
    return configuredName
        .filter(n -> !n.isBlank())
        .orElseGet(() -> System.getProperty("jboss.node.name", "local"));
  }

  /** Whether this node was started as a member of a cluster (QM_NODE_NAME set). */
  public boolean clustered() {
    return configuredName.filter(n -> !n.isBlank()).isPresent();
  }

  public synchronized Instant startedAt() {
    if (startedAt == null) {
      startedAt = clock.instant();
    }
    return startedAt;
  }
}
