package org.quizmarker.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginCheckTest {
  private static final AllowedHosts HOSTS =
      AllowedHosts.of("127.0.0.1", "quiz.school.org", "https://marks.school.org", List.of());

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "127.0.0.1:8080, http://127.0.0.1:8080, -, -, true",
        "localhost:8080, http://localhost:8080, -, same-origin, true",
        "quiz.school.org, https://quiz.school.org, -, -, true",
        "quiz.school.org:443, https://quiz.school.org, -, -, true",
        // behind a proxy that forwards to 127.0.0.1: the public URL's origin is this site
        "127.0.0.1:8080, https://marks.school.org, -, -, true",
        "127.0.0.1:8080, https://marks.school.org:8443, -, -, false",
        "127.0.0.1:8080, http://evil.example, -, -, false",
        // DNS rebinding: the Host and the Origin both name the attacker's host
        "evil.example:8080, http://evil.example:8080, -, -, false",
        "127.0.0.1:8080, http://127.0.0.1:9999, -, -, false",
        "127.0.0.1:8080, -, http://127.0.0.1:8080/app/page, -, true",
        "127.0.0.1:8080, -, http://evil.example/x, -, false",
        "127.0.0.1:8080, null, -, -, false",
        "127.0.0.1:8080, file:///etc/passwd, -, -, false",
        "127.0.0.1:8080, -, -, -, true",
        "127.0.0.1:8080, -, -, cross-site, false",
        "127.0.0.1:8080, http://127.0.0.1:8080, -, cross-site, false",
        "127.0.0.1:8080, -, -, none, true",
        "127.0.0.1:8080, not a url, -, -, false"
      })
  void source(String host, String origin, String referer, String fetchSite, boolean expected) {
    assertThat(OriginCheck.isAllowedSource(HOSTS, host, origin, referer, fetchSite))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "GET,true",
    "HEAD,true",
    "OPTIONS,true",
    "POST,false",
    "DELETE,false",
    "PATCH,false",
    "put,false"
  })
  void safeMethods(String method, boolean safe) {
    assertThat(OriginCheck.isSafeMethod(method)).isEqualTo(safe);
  }
}
