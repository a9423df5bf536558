package org.quizmarker.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginCheckTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "127.0.0.1:8080, http://127.0.0.1:8080, -, true",
        "quiz.school.org, https://quiz.school.org, -, true",
        "quiz.school.org:443, https://quiz.school.org, -, true",
        "127.0.0.1:8080, http://evil.example, -, false",
        "127.0.0.1:8080, http://127.0.0.1:9999, -, false",
        "127.0.0.1:8080, -, http://127.0.0.1:8080/app/page, true",
        "127.0.0.1:8080, -, http://evil.example/x, false",
        "127.0.0.1:8080, null, -, false",
        "127.0.0.1:8080, -, -, true",
        "127.0.0.1:8080, not a url, -, false"
      })
  void sameOrigin(String host, String origin, String referer, boolean expected) {
    assertThat(OriginCheck.isSameOrigin(host, origin, referer)).isEqualTo(expected);
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
