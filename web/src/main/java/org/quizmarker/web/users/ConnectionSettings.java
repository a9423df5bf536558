package org.quizmarker.web.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How browsers reach the server: QM_PUBLIC_URL (its scheme decides whether session cookies are
 * {@code Secure}) and QM_TRUSTED_PROXY (whether a reverse proxy's X-Forwarded-* headers are
 * believed). See README "Sign-in, sessions and tokens".
 */
@ApplicationScoped
public class ConnectionSettings {
  @Inject
  @ConfigProperty(name = "qm.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "qm.trusted-proxy", defaultValue = "false")
  boolean trustedProxy;

  public ClientConnection of(HttpServletRequest request) {
    return ClientConnection.of(
        request.getRemoteAddr(),
        request.getHeader("X-Forwarded-For"),
        request.getHeader("X-Forwarded-Proto"),
        request.isSecure(),
        trustedProxy);
  }

  /** Whether the session cookie issued to this request's browser is {@code Secure}. */
  public boolean secureCookie(HttpServletRequest request) {
    return publicUrlIsHttps() || of(request).secure();
  }

  /** Whether every session cookie is {@code Secure}, whatever the request. */
  public boolean publicUrlIsHttps() {
    return ClientConnection.isHttps(publicUrl.orElse(null));
  }
}
