package org.quizmarker.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestScreenTest {
  private final RequestScreen screen =
      new RequestScreen(
          AllowedHosts.of("127.0.0.1", "quiz.school.org", null, List.of()), "default-host");

  private static RequestHead head(String protocol, String method, String... nameValues) {
    List<RequestHead.Field> fields = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      fields.add(new RequestHead.Field(nameValues[i], nameValues[i + 1]));
    }
    return new RequestHead(protocol, method, "/api/v1/auth/me", fields);
  }

  private Optional<String> code(RequestHead head) {
    return screen.check(head).map(Refusal::code);
  }

  @Test
  void anOrdinaryRequestPasses() {
    assertThat(code(head("HTTP/1.1", "GET", "Host", "127.0.0.1:8180", "Accept", "*/*"))).isEmpty();
    assertThat(
            code(
                head(
                    "HTTP/1.1",
                    "POST",
                    "Host",
                    "quiz.school.org",
                    "Origin",
                    "https://quiz.school.org",
                    "Sec-Fetch-Site",
                    "same-origin",
                    "Transfer-Encoding",
                    "chunked",
                    "User-Agent",
                    "tab\there")))
        .isEmpty();
  }

  @Test
  void http11NeedsExactlyOneHost() {
    assertThat(code(head("HTTP/1.1", "GET"))).hasValue("HOST_MISSING");
    assertThat(code(head("HTTP/1.1", "GET", "Host", "127.0.0.1", "Host", "127.0.0.1")))
        .hasValue("HOST_MISSING");
    assertThat(code(head("HTTP/1.0", "GET"))).isEmpty();
    // WildFly writes its virtual host's name into a request that has no Host
    assertThat(code(head("HTTP/1.1", "GET", "Host", "default-host:8180"))).hasValue("HOST_MISSING");
    assertThat(code(head("HTTP/1.0", "GET", "Host", "default-host:8180"))).isEmpty();
  }

  @Test
  void otherHostNamesAreRefused() {
    Optional<Refusal> r = screen.check(head("HTTP/1.1", "GET", "Host", "evil.example"));
    assertThat(r).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(400));
    assertThat(r.get().code()).isEqualTo("HOST_NOT_ALLOWED");
  }

  @Test
  void controlCharactersInAnyHeaderAreRefused() {
    for (String bad : List.of("a\u0000b", "a\u0001b", "a\u007fb", "a\nb", "a\rb")) {
      assertThat(code(head("HTTP/1.1", "GET", "Host", "127.0.0.1", "X-A", bad)))
          .as(bad)
          .hasValue("INVALID_HEADER");
    }
    assertThat(code(head("HTTP/1.1", "GET", "Host", "127.0.0.1\u0000"))).hasValue("INVALID_HEADER");
  }

  @Test
  void onlyTheChunkedCodingIsAccepted() {
    for (String coding : List.of("bogus", "gzip, chunked", "chunked, gzip")) {
      Optional<Refusal> r =
          screen.check(head("HTTP/1.1", "POST", "Host", "127.0.0.1", "Transfer-Encoding", coding));
      assertThat(r).as(coding).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(501));
    }
  }

  @Test
  void cookiesAreCountedOverEveryCookieHeader() {
    String hundred =
        IntStream.range(0, 100).mapToObj(i -> "c" + i + "=v").collect(Collectors.joining("; "));
    assertThat(code(head("HTTP/1.1", "GET", "Host", "127.0.0.1", "Cookie", hundred))).isEmpty();
    assertThat(
            code(head("HTTP/1.1", "GET", "Host", "127.0.0.1", "Cookie", hundred, "Cookie", "x=1")))
        .hasValue("TOO_MANY_COOKIES");
    assertThat(RequestScreen.cookieCount(List.of("a=1, b=2; c=3;;"))).isEqualTo(3);
  }

  @Test
  void crossSiteChangesAreRefusedButReadsAreNot() {
    assertThat(
            code(
                head("HTTP/1.1", "POST", "Host", "127.0.0.1:8180", "Sec-Fetch-Site", "cross-site")))
        .hasValue("CSRF_REJECTED");
    assertThat(
            code(
                head(
                    "HTTP/1.1",
                    "DELETE",
                    "Host",
                    "127.0.0.1:8180",
                    "Origin",
                    "http://evil.example")))
        .hasValue("CSRF_REJECTED");
    assertThat(
            code(
                head(
                    "HTTP/1.1",
                    "GET",
                    "Host",
                    "127.0.0.1:8180",
                    "Origin",
                    "http://evil.example",
                    "Sec-Fetch-Site",
                    "cross-site")))
        .isEmpty();
  }

  @Test
  void theEnvelopeIsTheApis() {
    assertThat(RequestScreenHandler.envelope(new Refusal(400, "HOST_NOT_ALLOWED", "Say \"hi\"")))
        .isEqualTo(
            "{\"success\":false,\"error\":\"Say \\\"hi\\\"\",\"code\":\"HOST_NOT_ALLOWED\"}");
  }
}
