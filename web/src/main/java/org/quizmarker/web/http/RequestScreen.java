package org.quizmarker.web.http;

import java.util.List;
import java.util.Optional;

/**
 * Decides, from the request head alone, whether a request may reach the application. In order: a
 * single Host (HTTP/1.1 requires one), no control characters in any header, an allowed host name,
 * no transfer coding but {@code chunked}, at most {@value #MAX_COOKIES} cookies, and for
 * state-changing methods a source this site ({@link OriginCheck}).
 */
public final class RequestScreen {
  /**
   * Below Undertow's own {@code max-cookies} (wildfly-config/hardening.cli), which it enforces by
   * throwing from deep inside the servlet container: a 500 the application cannot shape.
   */
  public static final int MAX_COOKIES = 100;

  private final AllowedHosts hosts;
  private final String substituteHost;

  /**
   * @param hosts the allowed host names
   * @param substituteHost the name WildFly writes into the Host header of a request that has none
   *     (its virtual host's name, "default-host"), so an absent Host is still recognised
   */
  public RequestScreen(AllowedHosts hosts, String substituteHost) {
    this.hosts = hosts;
    this.substituteHost = substituteHost;
  }

  public Optional<Refusal> check(RequestHead head) {
    List<String> host =
        head.values("Host").stream()
            .filter(h -> !AllowedHosts.hostName(h).orElse("").equalsIgnoreCase(substituteHost))
            .toList();
    if (host.size() > 1 || (host.isEmpty() && !"HTTP/1.0".equals(head.protocol()))) {
      return refuse(400, "HOST_MISSING", "The request must name exactly one Host");
    }
    for (RequestHead.Field field : head.fields()) {
      if (hasControlCharacter(field.name()) || hasControlCharacter(field.value())) {
        return refuse(400, "INVALID_HEADER", "A header holds a control character");
      }
    }
    if (!host.isEmpty() && !hosts.allowsHostHeader(host.get(0))) {
      return refuse(
          400,
          "HOST_NOT_ALLOWED",
          "This server does not answer to that host name (see QM_ALLOWED_HOSTS)");
    }
    for (String coding : head.values("Transfer-Encoding")) {
      if (!coding.trim().equalsIgnoreCase("chunked")) {
        return refuse(
            501, "UNSUPPORTED_TRANSFER_ENCODING", "Only the chunked transfer coding is supported");
      }
    }
    if (cookieCount(head.values("Cookie")) > MAX_COOKIES) {
      return refuse(
          431, "TOO_MANY_COOKIES", "More than " + MAX_COOKIES + " cookies in one request");
    }
    if (!OriginCheck.isSafeMethod(head.method())
        && !OriginCheck.isAllowedSource(
            hosts,
            host.isEmpty() ? null : host.get(0),
            head.first("Origin"),
            head.first("Referer"),
            head.first("Sec-Fetch-Site"))) {
      return refuse(403, "CSRF_REJECTED", "Cross-site request refused");
    }
    return Optional.empty();
  }

  /** HTAB is the one control character a field value may hold (RFC 9110, 5.5). */
  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts generously (every {@code ;}- or {@code ,}-separated part), so whatever passes here also
   * passes Undertow's own count.
   */
  static int cookieCount(List<String> cookieHeaders) {
    int count = 0;
    for (String header : cookieHeaders) {
      for (String part : header.split("[;,]")) {
        if (!part.isBlank()) {
          count++;
        }
      }
    }
    return count;
  }

  private static Optional<Refusal> refuse(int status, String code, String message) {
    return Optional.of(new Refusal(status, code, message));
  }
}
