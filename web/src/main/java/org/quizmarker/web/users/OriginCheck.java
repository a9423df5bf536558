package org.quizmarker.web.users;

import java.net.URI;
import java.util.Locale;

/**
 * CSRF defence for cookie-carried requests: a state-changing request whose Origin (or, lacking it,
 * Referer) names another host than the one it was sent to is refused. Requests without either
 * header come from non-browser clients, which cannot be tricked into sending a cookie.
 */
public final class OriginCheck {
  private OriginCheck() {}

  public static boolean isSafeMethod(String method) {
    return switch (method.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD", "OPTIONS" -> true;
      default -> false;
    };
  }

  /**
   * @param host the request's Host header (host[:port])
   * @param origin the Origin header, or null
   * @param referer the Referer header, or null
   */
  public static boolean isSameOrigin(String host, String origin, String referer) {
    String source = origin != null ? origin : referer;
    if (source == null) {
      return true;
    }
    if ("null".equals(source) || host == null) {
      return false;
    }
    try {
      URI uri = URI.create(source.trim());
      if (uri.getHost() == null) {
        return false;
      }
      String sourceHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return sourceHost.equalsIgnoreCase(host.trim())
          || withDefaultPort(uri).equalsIgnoreCase(host.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String withDefaultPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost() + ":" + port;
  }
}
