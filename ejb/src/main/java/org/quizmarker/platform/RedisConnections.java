package org.quizmarker.platform;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * Redis clients made from a {@code redis://[user:password@]host[:port][/db]} URL ({@code
 * qm.redis.url}), one place for the URL's meaning.
 */
public final class RedisConnections {
  private RedisConnections() {}

  /**
   * A pooled client whose calls give up after {@code timeoutMs} (connecting, each reply, waiting
   * for a pooled connection). A subscription made through it waits for messages without a timeout:
   * Jedis lifts the socket timeout while it listens.
   */
  public static RedisClient open(String url, int timeoutMs, int maxConnections) {
    URI uri = URI.create(url);
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(timeoutMs)
            .socketTimeoutMillis(timeoutMs);
    String userInfo = uri.getUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      config.password(colon >= 0 ? userInfo.substring(colon + 1) : userInfo);
      if (colon > 0) {
        config.user(userInfo.substring(0, colon));
      }
    }
    String path = uri.getPath();
    if (path != null && path.length() > 1) {
      config.database(Integer.parseInt(path.substring(1)));
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(maxConnections);
    pool.setMaxWait(Duration.ofMillis(timeoutMs));
    return RedisClient.builder()
        .hostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())
        .clientConfig(config.build())
        .poolConfig(pool)
        .build();
  }

  /** host:port of the URL, for logs (never the password). */
  public static String address(String url) {
    URI uri = URI.create(url);
    return uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
  }
}
