package org.quizmarker.web.http;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The host names the server answers to (a defence against DNS rebinding: a page of another site
 * that resolves its own name to this server still sends its own name as Host). Always: the loopback
 * names and the bind address; then {@code QM_ALLOWED_HOSTS} and the host of {@code QM_PUBLIC_URL}.
 * When the server listens on every interface and neither is set, the machine's own addresses are
 * allowed too, so it can be reached on the local network without configuration (an address, unlike
 * a name, cannot be rebound).
 */
public final class AllowedHosts {
  static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

  private final Set<String> names;
  private final Optional<URI> publicUrl;

  private AllowedHosts(Set<String> names, Optional<URI> publicUrl) {
    this.names = Set.copyOf(names);
    this.publicUrl = publicUrl;
  }

  /**
   * @param bindAddress the address the HTTP listener is bound to, or null
   * @param configured {@code QM_ALLOWED_HOSTS} (comma separated host names), or null
   * @param publicUrl {@code QM_PUBLIC_URL}, or null
   * @param ownAddresses the machine's interface addresses, used only as described above
   * @throws IllegalArgumentException if the public URL is not an absolute http(s) URL or a host
   *     name is malformed
   */
  public static AllowedHosts of(
      String bindAddress, String configured, String publicUrl, Collection<String> ownAddresses) {
    Set<String> names = new LinkedHashSet<>(LOOPBACK);
    if (bindAddress != null && !bindAddress.isBlank()) {
      names.add(normalise(bindAddress));
    }
    boolean configuredAny = false;
    if (configured != null) {
      for (String name : configured.split(",")) {
        if (!name.isBlank()) {
          names.add(checkedName(name.trim()));
          configuredAny = true;
        }
      }
    }
    Optional<URI> url = Optional.empty();
    if (publicUrl != null && !publicUrl.isBlank()) {
      url = Optional.of(checkedUrl(publicUrl.trim()));
      names.add(normalise(url.get().getHost()));
      configuredAny = true;
    }
    if (!configuredAny && isWildcard(bindAddress)) {
      ownAddresses.forEach(a -> names.add(normalise(a)));
    }
    return new AllowedHosts(names, url);
  }

  /** The allowed names, lower case, IPv6 addresses without brackets. */
  public Set<String> names() {
    return names;
  }

  /** The configured public URL (scheme, host and port are what browsers send as its Origin). */
  public Optional<URI> publicUrl() {
    return publicUrl;
  }

  /**
   * Whether a Host header value ({@code name}, {@code name:port}, {@code [v6]:port}) is allowed.
   */
  public boolean allowsHostHeader(String host) {
    return hostName(host).map(names::contains).orElse(false);
  }

  /** Whether a host name (without port) is allowed. */
  public boolean allowsName(String name) {
    return name != null && names.contains(normalise(name));
  }

  /** The name part of a Host header value, lower case, if it is well formed. */
  static Optional<String> hostName(String host) {
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI("http://" + host.trim() + "/");
      if (uri.getHost() == null
          || uri.getUserInfo() != null
          || uri.getRawPath().length() > 1
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        return Optional.empty();
      }
      return Optional.of(normalise(uri.getHost()));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The port of a Host header value, or -1 when it names none. */
  static int hostPort(String host) {
    try {
      return new URI("http://" + host.trim() + "/").getPort();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return -1;
    }
  }

  private static boolean isWildcard(String bindAddress) {
    return bindAddress != null
        && Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0").contains(bindAddress.trim());
  }

  private static String normalise(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.startsWith("[") && n.endsWith("]")) {
      n = n.substring(1, n.length() - 1);
    }
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  private static String checkedName(String name) {
    Optional<String> parsed = hostName(name);
    if (parsed.isEmpty() || hostPort(name) >= 0) {
      throw new IllegalArgumentException(
          "QM_ALLOWED_HOSTS: '" + name + "' is not a host name (give names without port)");
    }
    return parsed.get();
  }

  private static URI checkedUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "QM_PUBLIC_URL: '" + url + "' is not an absolute http(s) URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("QM_PUBLIC_URL: '" + url + "' is not a URL", e);
    }
  }
}
