package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, findings 5, 6 and 13 at the HTTP level, probed with raw requests: only the configured
 * host names are served (DNS rebinding), request heads are strict (one Host, no control characters,
 * bounded size, no h2c), state changes from other sites are refused, and every refusal is the API's
 * JSON envelope (a plain page outside the API) without a trace.
 */
class HttpStrictnessIT extends DeployedIT {
  private static final String LOGIN_BODY = "{\"username\":\"nobody\",\"password\":\"wrong\"}";

  // ---- Finding 5: host names

  @Test
  void anotherHostNameIsRefusedOnEveryPath() throws IOException {
    RawHttp.Answer api =
        RawHttp.send(
            "GET /api/v1/health HTTP/1.1\r\nHost: evil.example:" + RawHttp.PORT + "\r\n\r\n");
    assertRefusal(api, 400, "HOST_NOT_ALLOWED");
    RawHttp.Answer page = RawHttp.send("GET /index.html HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type")).startsWith("text/plain");
    assertThat(page.body()).startsWith("400 ");
    assertNoInternals(page);
  }

  @Test
  void theLoopbackNamesAreServed() throws IOException {
    for (String host : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
      RawHttp.Answer a =
          RawHttp.send(
              "GET /api/v1/health HTTP/1.1\r\nHost: "
                  + host
                  + ":"
                  + RawHttp.PORT
                  + "\r\nConnection: close\r\n\r\n");
      assertThat(a.status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void aReboundNameCannotSignIn() throws IOException {
    // DNS rebinding: the attacker's page, its name now resolving to this server, posts to itself.
    RawHttp.Answer a =
        RawHttp.send(
            post(
                "/api/v1/auth/login",
                "Host: attacker.example:" + RawHttp.PORT,
                "Origin: http://attacker.example:" + RawHttp.PORT));
    assertRefusal(a, 400, "HOST_NOT_ALLOWED");
  }

  @Test
  void stateChangesFromAnotherSiteAreRefused() throws IOException {
    String host = "Host: 127.0.0.1:" + RawHttp.PORT;
    assertRefusal(
        RawHttp.send(post("/api/v1/auth/login", host, "Sec-Fetch-Site: cross-site")),
        403,
        "CSRF_REJECTED");
    assertRefusal(
        RawHttp.send(post("/api/v1/auth/login", host, "Origin: http://evil.example")),
        403,
        "CSRF_REJECTED");
    assertRefusal(
        RawHttp.send(post("/api/v1/auth/login", host, "Referer: http://evil.example/page")),
        403,
        "CSRF_REJECTED");
    // another port of an allowed name is another origin
    assertRefusal(
        RawHttp.send(post("/api/v1/auth/login", host, "Origin: http://127.0.0.1:3000")),
        403,
        "CSRF_REJECTED");
    // this site's own page reaches sign-in (which then refuses the unknown account)
    RawHttp.Answer own =
        RawHttp.send(
            post(
                "/api/v1/auth/login",
                host,
                "Origin: http://127.0.0.1:" + RawHttp.PORT,
                "Sec-Fetch-Site: same-origin"));
    assertThat(own.status()).as(own.text()).isEqualTo(401);
    // reads from anywhere are not state changes
    RawHttp.Answer read =
        RawHttp.send(
            "GET /api/v1/health HTTP/1.1\r\n"
                + host
                + "\r\nSec-Fetch-Site: cross-site\r\nConnection: close\r\n\r\n");
    assertThat(read.status()).isEqualTo(200);
  }

  // ---- Finding 13: strict request heads

  @Test
  void http11WithoutHostIsRefusedButHttp10IsServed() throws IOException {
    assertRefusal(RawHttp.send("GET /api/v1/health HTTP/1.1\r\n\r\n"), 400, "HOST_MISSING");
    // two Hosts: Undertow's parser refuses the request itself (an empty 400)
    RawHttp.Answer two =
        RawHttp.send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertThat(two.status()).isEqualTo(400);
    assertNoInternals(two);
    // load balancers' health checks are often HTTP/1.0 without Host
    assertThat(RawHttp.send("GET /api/v1/health HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
  }

  @Test
  void controlCharactersInHeaderValuesAreRefused() throws IOException {
    for (String value : new String[] {"a\u0000b", "a\u0001b", "a\u001bb", "a\u007fb"}) {
      assertRefusal(
          RawHttp.send(
              "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Probe: " + value + "\r\n\r\n"),
          400,
          "INVALID_HEADER");
    }
  }

  @Test
  void aOneMegabyteHeaderIsRefusedWithoutATrace() throws IOException {
    RawHttp.Answer a =
        RawHttp.send(
            "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "x".repeat(1_000_000)
                + "\r\n\r\n");
    assertThat(a.status()).isIn(400, 431);
    assertNoInternals(a);
  }

  @Test
  void aCleartextHttp2UpgradeIsNotHonoured() throws IOException {
    RawHttp.Answer a =
        RawHttp.send(
            "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade, HTTP2-Settings"
                + "\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Upgrade")).isNull();
  }

  // ---- Finding 6 and 1: errors before the application are the API's envelope

  @Test
  void tooManyCookiesIsAJson431AndLogsNoTrace() throws IOException {
    long logBefore = ServerLog.size();
    String cookies =
        IntStream.range(0, 250).mapToObj(i -> "c" + i + "=v").collect(Collectors.joining("; "));
    assertRefusal(
        RawHttp.send(
            "GET /api/v1/auth/me HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookies + "\r\n\r\n"),
        431,
        "TOO_MANY_COOKIES");
    RawHttp.Answer page =
        RawHttp.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookies + "\r\n\r\n");
    assertThat(page.status()).isEqualTo(431);
    assertThat(page.header("Content-Type")).startsWith("text/plain");
    String log = ServerLog.since(logBefore);
    assertThat(log).contains("TOO_MANY_COOKIES").doesNotContain("UT000046").doesNotContain("\tat ");
  }

  @Test
  void anUnknownTransferCodingIsAJson501() throws IOException {
    assertRefusal(
        RawHttp.send(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: gzip, chunked\r\n\r\n{\"u"),
        501,
        "UNSUPPORTED_TRANSFER_ENCODING");
  }

  // ---- Finding 11: secrets are not cached

  @Test
  void aNewTokenAndASignInAreNeverCached() {
    Api teacher = Api.newTeacher();
    Api.Reply token =
        teacher.post("/auth/tokens", Json.createObjectBuilder().add("name", "nocache").build());
    assertThat(token.status()).as(token.toString()).isEqualTo(201);
    assertThat(token.header("Cache-Control")).isEqualTo("no-store");
    assertThat(teacher.get("/auth/me").header("Cache-Control")).isEqualTo("no-store");
  }

  // ---- Finding 13: the server's files

  @Test
  void theServerRunsWithAnOwnerOnlyUmask() throws Exception {
    Path conf = Path.of(System.getProperty("qm.jboss.home"), "bin", "standalone.conf");
    Process p =
        new ProcessBuilder("bash", "-c", ". \"$0\" >/dev/null 2>&1; umask", conf.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(p.getInputStream().readAllBytes()).trim()).isEqualTo("0077");
  }

  // ---- helpers

  private static String post(String path, String... headers) {
    return "POST "
        + path
        + " HTTP/1.1\r\n"
        + String.join("\r\n", headers)
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + LOGIN_BODY.length()
        + "\r\nConnection: close\r\n\r\n"
        + LOGIN_BODY;
  }

  private static void assertRefusal(RawHttp.Answer a, int status, String code) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.header("Content-Type")).as(a.text()).startsWith("application/json");
    assertThat(a.body()).contains("\"success\":false").contains("\"code\":\"" + code + "\"");
    assertNoInternals(a);
  }

  private static void assertNoInternals(RawHttp.Answer a) {
    assertThat(a.text())
        .startsWith("HTTP/1.")
        .doesNotContain("\tat ")
        .doesNotContainIgnoringCase("undertow")
        .doesNotContainIgnoringCase("wildfly")
        .doesNotContain("Exception");
    assertThat(a.head().lines().map(String::toLowerCase))
        .noneMatch(l -> l.startsWith("server:") || l.startsWith("x-powered-by:"));
  }
}
