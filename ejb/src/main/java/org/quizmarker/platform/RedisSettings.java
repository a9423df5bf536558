package org.quizmarker.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Redis is and how long a call to it may take, read once for every user of Redis (the
 * progress cache and the relay of job events between nodes), so each setting has one default.
 */
@ApplicationScoped
public class RedisSettings {

  @Inject
  @ConfigProperty(name = "qm.redis.url", defaultValue = "redis://127.0.0.1:6379")
  String url;

  @Inject
  @ConfigProperty(name = "qm.redis.timeout-ms", defaultValue = "250")
  int timeoutMs;

  /** {@code redis://[user:password@]host[:port][/db]}. */
  public String url() {
    return url;
  }

  /** How long connecting, a reply or a pooled connection may take, in milliseconds. */
  public int timeoutMs() {
    return timeoutMs;
  }
}
