package org.quizmarker.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Puts the browser's security headers on every answer of the deployment, API and static pages
 * alike: no inline script or style, nothing from other sites, never inside a frame, no type
 * sniffing. Set before the chain runs, so they are on error answers and streams too. Answers about
 * accounts and sign-in (a new session, a new API token shown once, user records) are never stored
 * by a browser or proxy cache.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  static final List<String> SECRET_PATHS = List.of("/api/v1/auth/", "/api/v1/admin/users");

  static boolean carriesSecrets(String path) {
    return path != null && SECRET_PATHS.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (carriesSecrets(request.getRequestURI())) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
