package org.quizmarker.web.users;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.quizmarker.users.SessionKey;

/**
 * The session cookie {@value #NAME}: it carries the session's key, which the database knows only by
 * its hash. {@code HttpOnly}, no expiry of its own (the browser drops it when it closes; the server
 * ends the session after 8 idle hours), {@code SameSite=Lax} added by
 * WEB-INF/undertow-handlers.conf, and {@code Secure} when browsers use HTTPS: always if
 * QM_PUBLIC_URL is an https URL, else per sign-in if a trusted proxy says the browser's request
 * came over HTTPS.
 */
final class SessionCookies {
  static final String NAME = "QMSESSION";

  private SessionCookies() {}

  /** The session key the request's cookies carry, if one has the shape of a key. */
  static Optional<SessionKey> keyOf(HttpServletRequest request) {
    return keyOf(request.getCookies());
  }

  static Optional<SessionKey> keyOf(Cookie[] cookies) {
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        Optional<SessionKey> key = SessionKey.parse(cookie.getValue());
        if (key.isPresent()) {
          return key;
        }
      }
    }
    return Optional.empty();
  }

  /** The cookie that hands a new session's key to the browser. */
  static Cookie issued(SessionKey key, boolean secure, String contextPath) {
    return cookie(key.value(), secure, contextPath);
  }

  /** The cookie that makes the browser forget its session (on sign-out). */
  static Cookie cleared(boolean secure, String contextPath) {
    Cookie cookie = cookie("", secure, contextPath);
    cookie.setMaxAge(0);
    return cookie;
  }

  private static Cookie cookie(String value, boolean secure, String contextPath) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    return cookie;
  }
}
