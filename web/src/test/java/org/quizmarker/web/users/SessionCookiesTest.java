package org.quizmarker.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.quizmarker.users.SessionKey;

class SessionCookiesTest {

  @Test
  void theIssuedCookieCarriesTheKeyHttpOnlyForTheWholeSite() {
    SessionKey key = SessionKey.generate();
    Cookie cookie = SessionCookies.issued(key, false, "");
    assertThat(cookie.getName()).isEqualTo("QMSESSION");
    assertThat(cookie.getValue()).isEqualTo(key.value());
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSecure()).isFalse();
    assertThat(cookie.getPath()).isEqualTo("/");
    assertThat(cookie.getMaxAge()).as("a browser-session cookie").isEqualTo(-1);
    assertThat(SessionCookies.issued(key, true, "/qm").getSecure()).isTrue();
    assertThat(SessionCookies.issued(key, true, "/qm").getPath()).isEqualTo("/qm");
  }

  @Test
  void signingOutClearsTheCookie() {
    Cookie cookie = SessionCookies.cleared(true, "");
    assertThat(cookie.getName()).isEqualTo("QMSESSION");
    assertThat(cookie.getValue()).isEmpty();
    assertThat(cookie.getMaxAge()).isZero();
    assertThat(cookie.getSecure()).isTrue();
  }

  @Test
  void theKeyIsReadFromTheFirstSessionCookieOfTheRightShape() {
    SessionKey key = SessionKey.generate();
    Cookie[] cookies = {
      new Cookie("other", key.value()),
      new Cookie("QMSESSION", "not-a-key"),
      new Cookie("QMSESSION", key.value())
    };
    assertThat(SessionCookies.keyOf(cookies)).contains(key);
    assertThat(SessionCookies.keyOf((Cookie[]) null)).isEmpty();
    assertThat(SessionCookies.keyOf(new Cookie[] {new Cookie("other", key.value())})).isEmpty();
    assertThat(SessionCookies.keyOf(new Cookie[] {new Cookie("QMSESSION", "x")})).isEmpty();
  }
}
