package org.quizmarker.web.http;

import java.net.URI;
import java.util.Locale;

/**
 * CSRF defence: a state-changing request a browser sends for a page of another site is refused. The
 * page's origin (Origin, or lacking it Referer) must be the configured public URL, or name an
 * allowed host on the port the request was sent to; never compared with the request's own Host,
 * which a rebound name controls. {@code Sec-Fetch-Site: cross-site} is refused whatever the origin.
 * Requests without either header come from non-browser clients, which cannot be tricked into
 * sending a cookie.
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
   * @param hosts the allowed hosts
   * @param host the request's Host header (host[:port]), already checked against {@code hosts}
   * @param origin the Origin header, or null
   * @param referer the Referer header, or null
   * @param fetchSite the Sec-Fetch-Site header, or null
   */
  public static boolean isAllowedSource(
      AllowedHosts hosts, String host, String origin, String referer, String fetchSite) {
    if (fetchSite != null && fetchSite.trim().equalsIgnoreCase("cross-site")) {
      return false;
    }
    String source = origin != null ? origin : referer;
    if (source == null) {
      return true;
    }
    URI uri;
    try {
      uri = new URI(source.trim());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return false; // "null", file:, data: and other opaque origins
    }
    if (hosts.publicUrl().map(p -> sameOrigin(p, uri)).orElse(false)) {
      return true;
    }
    if (!hosts.allowsName(uri.getHost())) {
      return false;
    }
    // A Host without port is what a proxy forwards for the default port of the public scheme.
    int requestPort = host == null ? -1 : AllowedHosts.hostPort(host);
    return requestPort < 0 || requestPort == effectivePort(uri);
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
