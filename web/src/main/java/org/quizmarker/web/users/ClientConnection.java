package org.quizmarker.web.users;

import java.util.Locale;

/**
 * Where a request came from and whether the browser reached us over HTTPS. Behind a reverse proxy
 * every request comes from the proxy's address over plain HTTP, so with {@code trustedProxy} on the
 * proxy's {@code X-Forwarded-For} (its last entry: the address the proxy itself saw; earlier ones
 * are whatever the client claimed) and {@code X-Forwarded-Proto} are believed. Off (the default),
 * both headers are ignored, as any client could send them.
 */
public record ClientConnection(String address, boolean secure) {

  /**
   * @param remoteAddress the TCP peer
   * @param forwardedFor the X-Forwarded-For header, or null
   * @param forwardedProto the X-Forwarded-Proto header, or null
   * @param requestSecure whether the request itself came over TLS
   * @param trustedProxy whether a reverse proxy in front of the server sets those headers
   */
  public static ClientConnection of(
      String remoteAddress,
      String forwardedFor,
      String forwardedProto,
      boolean requestSecure,
      boolean trustedProxy) {
    if (!trustedProxy) {
      return new ClientConnection(remoteAddress, requestSecure);
    }
    String address = remoteAddress;
    if (forwardedFor != null && !forwardedFor.isBlank()) {
      String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
      if (!last.isEmpty()) {
        address = last;
      }
    }
    boolean secure =
        requestSecure
            || (forwardedProto != null
                && forwardedProto.strip().toLowerCase(Locale.ROOT).startsWith("https"));
    return new ClientConnection(address, secure);
  }

  /** Whether a public URL (QM_PUBLIC_URL) says browsers reach the server over HTTPS. */
  public static boolean isHttps(String publicUrl) {
    return publicUrl != null && publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }
}
