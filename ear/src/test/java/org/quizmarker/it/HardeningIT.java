package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hardening of issue 9, probed over HTTP like the assessment did: slow and malformed requests
 * cannot stall the server, every malformed input is a 400 with its own code (no 500, no stack
 * trace), numbers in a key are bounded, JSON types are strict, and the upload's Location is right.
 */
class HardeningIT extends DeployedIT {
  private static final URI ROOT = URI.create(Api.BASE.substring(0, Api.BASE.indexOf("/api/v1")));
  private static final int PORT = ROOT.getPort();
  private static Api teacher;

  @BeforeAll
  static void signIn() {
    teacher = Api.newTeacher();
  }

  // ---- Finding 1: slow bodies and unknown transfer codings

  @Test
  void slowBodiesDoNotStopTheApiFromAnswering() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Socket s = new Socket("127.0.0.1", PORT);
        s.setSoTimeout(2000);
        s.getOutputStream()
            .write(
                ("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"u")
                    .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      Thread.sleep(500);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
      long began = System.nanoTime();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(Api.BASE + "/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - began) / 1_000_000;
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(ms).as("health answered in %d ms beside 40 slow bodies", ms).isLessThan(3000);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void anUnknownTransferCodingIsRefusedAtOnce() throws Exception {
    for (String coding : List.of("bogus", "gzip, chunked")) {
      long began = System.nanoTime();
      String head =
          rawHead(
              "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/json\r\nTransfer-Encoding: "
                  + coding
                  + "\r\n\r\n{\"u");
      long ms = (System.nanoTime() - began) / 1_000_000;
      assertThat(head).as(coding).matches("(?s)HTTP/1\\.1 (400|501) .*");
      assertThat(ms).as(coding).isLessThan(3000);
    }
  }

  // ---- Finding 14: Location

  @Test
  void theUploadsLocationNamesTheJobOnce() {
    Api.Reply accepted = teacher.upload(Sheets.part("sheet_004"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String jobId = accepted.json().getString("job_id");
    assertThat(accepted.header("Location")).isEqualTo(Api.BASE + "/jobs/" + jobId);
    Jobs.awaitEnded(teacher, jobId);
  }

  @Test
  void aNewQuizsLocationNamesTheQuizOnce() throws IOException {
    Api.Reply created =
        MarkingIT.createQuiz(
            teacher, Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location"))
        .isEqualTo(Api.BASE + "/quizzes/" + created.data().getJsonNumber("id").longValue());
  }

  // ---- Finding 7: malformed input is a 400 with its own code, logged in one line

  @Test
  void aNestedMultipartPartIsAMalformedUpload() {
    String boundary = "outer";
    String body =
        "--outer\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n"
            + "--inner\r\nContent-Disposition: attachment; filename=\"a.png\"\r\n"
            + "Content-Type: image/png\r\n\r\nxx\r\n--inner--\r\n"
            + "\r\n--outer--\r\n";
    Api.Reply r =
        teacher.postRaw(
            "/upload",
            "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("MALFORMED_MULTIPART");
  }

  @Test
  void aPageBeyondTheLastPossibleOneIsRefused() {
    for (String path : List.of("/jobs?page=200000000", "/jobs?page=200000000&per_page=100")) {
      Api.Reply r = teacher.get(path);
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.code()).isEqualTo("INVALID_PAGE");
    }
  }

  @Test
  void jsonNestedVeryDeepIsRefusedWithoutAStackTrace() throws IOException {
    long logBefore = ServerLog.size();
    String deep = "{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    for (String path : List.of("/quizzes", "/auth/tokens", "/quizzes/1/review/decisions")) {
      Api.Reply r = postJson(path, deep);
      assertThat(r.status()).as(path + " " + r).isEqualTo(400);
      assertThat(r.code()).as(path).isIn("JSON_TOO_DEEP", "INVALID_QUIZ");
      assertThat(r.body()).as(path).contains("nested deeper than");
    }
    assertThat(ServerLog.since(logBefore)).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aOneMegabytePromptIsAnInvalidQuiz() {
    String key =
        Json.createObjectBuilder()
            .add("title", "Big prompt")
            .add(
                "questions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("q", 1)
                            .add("prompt", "p".repeat(1_000_000))
                            .add("type", "text")
                            .add("accepted", Json.createArrayBuilder().add("x"))))
            .build()
            .toString();
    Api.Reply r = postJson("/quizzes", key);
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("INVALID_QUIZ");
    assertThat(r.json().getString("error")).contains("the prompt is 1000000 characters long");
  }

  // ---- Finding 8: numbers in a key are bounded

  @Test
  void pointsAndTolerancesOutsideTheirRangeAreRefused() {
    for (String question :
        List.of(
            "{\"q\":1,\"type\":\"text\",\"accepted\":[\"x\"],\"points\":1e308}",
            "{\"q\":1,\"type\":\"text\",\"accepted\":[\"x\"],\"points\":1e400}",
            "{\"q\":1,\"type\":\"text\",\"accepted\":[\"x\"],\"points\":1001}",
            "{\"q\":1,\"type\":\"number\",\"accepted\":[\"1\"],\"tolerance\":1e300}",
            "{\"q\":99999999,\"type\":\"text\",\"accepted\":[\"x\"]}")) {
      Api.Reply r = postJson("/quizzes", "{\"title\":\"Bounds\",\"questions\":[" + question + "]}");
      assertThat(r.status()).as(question + " " + r).isEqualTo(400);
      assertThat(r.code()).as(question).isEqualTo("INVALID_QUIZ");
    }
    Api.Reply ok =
        postJson(
            "/quizzes",
            "{\"title\":\"Bounds\",\"questions\":[{\"q\":1,\"type\":\"number\","
                + "\"accepted\":[\"1\"],\"points\":1000,\"tolerance\":0.5}]}");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
  }

  // ---- Finding 9: strict JSON types

  @Test
  void wrongJsonTypesAreRefused() {
    Api admin = Api.admin();
    Api victim = Api.newTeacher();
    for (String body :
        List.of("{\"disabled\":1}", "{\"disabled\":\"yes\"}", "{\"roles\":\"admin\"}")) {
      Api.Reply r =
          admin.send(
              admin
                  .request("/admin/users/" + victim.username())
                  .header("Content-Type", "application/json")
                  .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                  .build());
      assertThat(r.status()).as(body + " " + r).isEqualTo(400);
      assertThat(r.code()).as(body).isEqualTo("INVALID_FIELD_TYPE");
    }
    assertThat(victim.get("/auth/me").status()).as("the account is untouched").isEqualTo(200);

    for (String body :
        List.of(
            "{\"answers\":[{\"submission_id\":1,\"q\":1}],\"correct\":1}",
            "{\"answers\":[{\"submission_id\":\"1\",\"q\":1}],\"correct\":true}",
            "{\"answers\":[{\"submission_id\":1.5,\"q\":1}],\"correct\":true}",
            "{\"answers\":{},\"correct\":true}",
            "{\"answers\":[{\"submission_id\":1,\"q\":1}],\"points\":\"2\"}")) {
      Api.Reply r = postJson("/quizzes/1/review/decisions", body);
      assertThat(r.status()).as(body + " " + r).isEqualTo(400);
      assertThat(r.code()).as(body).isEqualTo("INVALID_FIELD_TYPE");
    }
  }

  @Test
  void trailingContentAfterAJsonBodyIsRefused() {
    Api fresh = new Api();
    Api.Reply login =
        fresh.postRaw(
            "/auth/login",
            "application/json",
            ("{\"username\":\"admin\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"} xx")
                .getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(login.status()).as(login.toString()).isEqualTo(400);
    assertThat(login.code()).isEqualTo("INVALID_JSON");
    assertThat(fresh.get("/auth/me").status()).isEqualTo(401);

    Api.Reply quiz =
        postJson(
            "/quizzes",
            "{\"title\":\"T\",\"questions\":[{\"q\":1,\"type\":\"text\",\"accepted\":[\"x\"]}]}"
                + " {}");
    assertThat(quiz.status()).as(quiz.toString()).isEqualTo(400);
    assertThat(quiz.code()).isEqualTo("INVALID_QUIZ");
  }

  // ---- Finding 6: no stack trace and no server version on any error path

  @Test
  void tooManyCookiesGetAnErrorWithoutATrace() throws Exception {
    String cookies =
        IntStream.range(0, 250).mapToObj(i -> "c" + i + "=v").collect(Collectors.joining("; "));
    String answer =
        raw(
            "GET /api/v1/auth/me HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                + cookies
                + "\r\nConnection: close\r\n\r\n");
    // Undertow refuses these before the servlet's error page can run: an empty answer, no trace.
    assertNoInternals(answer);
    assertThat(answer).matches("(?s)HTTP/1\\.1 [45]\\d\\d .*");
  }

  @Test
  void malformedRequestsAndUnknownStaticPathsShowNoInternals() throws Exception {
    assertNoInternals(
        raw("GET /no-such-file.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    assertNoInternals(
        raw("GET /api/v1/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    assertNoInternals(raw("GET /a b c HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    String huge = "x".repeat(40_000);
    assertNoInternals(
        raw(
            "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + huge
                + "\r\nConnection: close\r\n\r\n"));
    String notFound =
        raw("GET /api/v1/no-such HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(notFound).contains("\"code\":\"NOT_FOUND\"");
  }

  private static String raw(String request) throws IOException {
    return RawHttp.send(request).text();
  }

  private static void assertNoInternals(String answer) {
    assertThat(answer)
        .startsWith("HTTP/1.1 ")
        .doesNotContain("\tat ")
        .doesNotContainIgnoringCase("undertow")
        .doesNotContainIgnoringCase("wildfly")
        .doesNotContainIgnoringCase("weld")
        .doesNotContainIgnoringCase("xnio")
        .doesNotContain("Exception");
    assertThat(answer.lines().takeWhile(l -> !l.isEmpty()).map(String::toLowerCase))
        .noneMatch(l -> l.startsWith("server:") || l.startsWith("x-powered-by:"));
  }

  // ---- Finding 3: log injection

  @Test
  void aForgedLogLineInAUsernameStaysOnItsLine() throws IOException {
    long before = ServerLog.size();
    String marker = "forged" + System.nanoTime();
    Api.Reply r =
        new Api()
            .post(
                "/auth/login",
                Json.createObjectBuilder()
                    .add("username", "x\n2026-01-01 00:00:00,000 INFO " + marker + "\t")
                    .add("password", "nope")
                    .build());
    assertThat(r.status()).isEqualTo(401);
    String log = ServerLog.since(before);
    assertThat(log).contains("x\\n2026-01-01 00:00:00,000 INFO " + marker + "\\t");
    assertThat(log.lines().filter(l -> l.contains(marker)))
        .allMatch(l -> l.contains("Sign-in refused"));
  }

  @Test
  void aNulCharacterInAnyJsonTextIsRefusedAndNeverLogged() throws IOException {
    long before = ServerLog.size();
    String marker = "nul" + System.nanoTime();
    Api.Reply login =
        new Api()
            .post(
                "/auth/login",
                Json.createObjectBuilder()
                    .add("username", marker + "\u0000")
                    .add("password", "nope")
                    .build());
    assertThat(login.status()).as(login.toString()).isEqualTo(400);
    assertThat(login.code()).isEqualTo("INVALID_CHARACTER");
    Api.Reply quiz =
        Api.newTeacher()
            .post(
                "/quizzes",
                Json.createObjectBuilder()
                    .add("title", "T\u0000")
                    .add(
                        "questions",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("q", 1)
                                    .add("accepted", Json.createArrayBuilder().add("a"))))
                    .build());
    assertThat(quiz.status()).as(quiz.toString()).isEqualTo(400);
    assertThat(quiz.code()).isIn("INVALID_CHARACTER", "INVALID_QUIZ");
    assertThat(ServerLog.since(before)).doesNotContain("\u0000");
  }

  @Test
  void anOversizedLoginIsRefusedBeforeAnyLookup() {
    Api.Reply r =
        new Api()
            .post(
                "/auth/login",
                Json.createObjectBuilder()
                    .add("username", "u".repeat(100_000))
                    .add("password", "p")
                    .build());
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    Api.Reply big =
        new Api()
            .postRaw(
                "/auth/login",
                "application/json",
                ("{\"username\":\"" + "u".repeat(1_000_000) + "\",\"password\":\"p\"}")
                    .getBytes(StandardCharsets.UTF_8),
                Map.of());
    assertThat(big.status()).as(big.toString()).isEqualTo(413);
    assertThat(big.code()).isEqualTo("REQUEST_TOO_LARGE");
  }

  // ---- helpers

  private static Api.Reply postJson(String path, String body) {
    return teacher.postRaw(
        path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** Sends a raw request and returns the answer's head as soon as it has arrived. */
  private static String rawHead(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", PORT)) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      StringBuilder head = new StringBuilder();
      try {
        int c;
        while (head.indexOf("\r\n\r\n") < 0 && (c = in.read()) >= 0) {
          head.append((char) c);
        }
      } catch (SocketTimeoutException e) {
        // no (complete) answer within 5 s: the assertions say so
      }
      return head.toString();
    }
  }

  /** Sends a raw request and returns what arrives within 5 s (the head and some body). */
}
