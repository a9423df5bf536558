package org.quizmarker.web.users;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session cookie gets {@code Secure} when browsers use HTTPS: always, if QM_PUBLIC_URL is an
 * https URL; per sign-in, if a trusted proxy says the browser's request came over HTTPS.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
  @Inject ConnectionSettings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (settings.publicUrlIsHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  /**
   * Sets the new session's cookie again, now {@code Secure}: it replaces the one the container
   * added (same name, path and domain), as the container's own setting is for all requests.
   */
  static void markSecure(
      HttpServletRequest request, HttpServletResponse response, HttpSession session) {
    SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
    if (config.isSecure()) {
      return;
    }
    Cookie cookie = new Cookie(config.getName(), session.getId());
    String path = config.getPath();
    cookie.setPath(path != null ? path : contextPath(request));
    if (config.getDomain() != null) {
      cookie.setDomain(config.getDomain());
    }
    cookie.setHttpOnly(config.isHttpOnly());
    cookie.setSecure(true);
    response.addCookie(cookie);
  }

  private static String contextPath(HttpServletRequest request) {
    String path = request.getContextPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
