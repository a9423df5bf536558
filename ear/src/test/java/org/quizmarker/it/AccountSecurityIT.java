package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, sessions and tokens (issue 9, findings 2, 4, 10, 12 and the username part of 13), over
 * HTTP. The test server believes X-Forwarded-* (QM_TRUSTED_PROXY on, as behind a reverse proxy), so
 * each test signs in from client addresses of its own and the throttle it trips touches no other.
 */
class AccountSecurityIT extends DeployedIT {
  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
  private static final String WRONG = "not-the-password-at-all";

  /** A fresh documentation-range address per use (RFC 5737). */
  private static String address() {
    int n = NEXT_ADDRESS.getAndIncrement();
    return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
  }

  private static Api.Reply login(Api api, String username, String password, String from) {
    return login(api, username, password, Map.of("X-Forwarded-For", from));
  }

  private static Api.Reply login(
      Api api, String username, String password, Map<String, String> headers) {
    byte[] body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return api.postRaw("/auth/login", "application/json", body, headers);
  }

  private static String newAccount(String username) {
    Api.Reply r =
        Api.admin()
            .post(
                "/admin/users",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("password", Api.USER_PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("teacher"))
                    .build());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return username;
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String newToken(Api api, String name) {
    Api.Reply r = api.post("/auth/tokens", Json.createObjectBuilder().add("name", name).build());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.data().getString("token");
  }

  // ---- Finding 2: password guessing

  @Test
  void guessingOneAccountsPasswordIsThrottledWith429AndRetryAfter() throws IOException {
    String user = newAccount(unique("guess"));
    String from = address();
    long logStart = ServerLog.size();
    for (int i = 0; i < 5; i++) {
      Api.Reply wrong = login(new Api(), user, WRONG, address());
      assertThat(wrong.status()).as("attempt %d: %s", i + 1, wrong).isEqualTo(401);
    }
    // Locked now: even the right password, from anywhere, is refused without being checked.
    Api.Reply refused = login(new Api(), user.toUpperCase(), Api.USER_PASSWORD, from);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(refused.json().getBoolean("success")).isFalse();
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(ServerLog.since(logStart))
        .contains("Sign-in refused for '" + user + "' from 198.51.")
        .contains("'" + user.toUpperCase() + "' from " + from + ": too many failed attempts");
    // Another account is not affected.
    assertThat(login(new Api(), newAccount(unique("other")), Api.USER_PASSWORD, from).status())
        .isEqualTo(200);
  }

  @Test
  void aSuccessfulSignInResetsTheAccountsCount() {
    String user = newAccount(unique("reset"));
    for (int i = 0; i < 4; i++) {
      assertThat(login(new Api(), user, WRONG, address()).status()).isEqualTo(401);
    }
    assertThat(login(new Api(), user, Api.USER_PASSWORD, address()).status()).isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      assertThat(login(new Api(), user, WRONG, address()).status()).isEqualTo(401);
    }
    assertThat(login(new Api(), user, Api.USER_PASSWORD, address()).status()).isEqualTo(200);
  }

  @Test
  void guessingFromOneAddressIsThrottledWhateverTheAccounts() {
    String from = address();
    for (int i = 0; i < 30; i++) {
      Api.Reply r = login(new Api(), unique("nobody"), WRONG, from);
      assertThat(r.status()).as("attempt %d: %s", i + 1, r).isEqualTo(401);
    }
    String user = newAccount(unique("victim"));
    Api.Reply refused = login(new Api(), user, Api.USER_PASSWORD, from);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(login(new Api(), user, Api.USER_PASSWORD, address()).status()).isEqualTo(200);
  }

  // ---- Finding 4: a password change ends sessions and tokens

  @Test
  void anAdminsPasswordResetEndsTheUsersSessionsAndTokens() {
    String user = newAccount(unique("reset"));
    Api session = Api.signedIn(user, Api.USER_PASSWORD);
    Api script = new Api().withBearer(newToken(session, "laptop"));
    assertThat(script.get("/auth/me").status()).isEqualTo(200);

    Api admin = Api.admin();
    Api.Reply reset =
        admin.patch(
            "/admin/users/" + user,
            Json.createObjectBuilder().add("password", "a-brand-new-passphrase").build());
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);

    assertThat(session.get("/auth/me").status()).isEqualTo(401);
    assertThat(script.get("/auth/me").code()).isEqualTo("INVALID_TOKEN");
    assertThat(admin.get("/auth/me").status()).as("the admin's own session").isEqualTo(200);
    assertThat(Api.signedIn(user, "a-brand-new-passphrase").get("/auth/me").status())
        .isEqualTo(200);
  }

  @Test
  void usersChangeTheirOwnPasswordWithTheOldOne() {
    String user = newAccount(unique("own"));
    Api here = Api.signedIn(user, Api.USER_PASSWORD);
    Api elsewhere = Api.signedIn(user, Api.USER_PASSWORD);
    Api script = new Api().withBearer(newToken(here, "ci"));

    Api.Reply wrongOld =
        here.post(
            "/auth/password",
            Json.createObjectBuilder()
                .add("old_password", WRONG)
                .add("new_password", "another-good-passphrase")
                .build());
    assertThat(wrongOld.status()).isEqualTo(403);
    assertThat(wrongOld.code()).isEqualTo("WRONG_PASSWORD");
    Api.Reply weak =
        here.post(
            "/auth/password",
            Json.createObjectBuilder()
                .add("old_password", Api.USER_PASSWORD)
                .add("new_password", "my-name-is-" + user.toUpperCase())
                .build());
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.code()).isEqualTo("INVALID_PASSWORD");
    assertThat(elsewhere.get("/auth/me").status()).as("nothing changed yet").isEqualTo(200);

    Api.Reply changed =
        here.post(
            "/auth/password",
            Json.createObjectBuilder()
                .add("old_password", Api.USER_PASSWORD)
                .add("new_password", "another-good-passphrase")
                .build());
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.data().getInt("tokens_revoked")).isEqualTo(1);

    assertThat(here.get("/auth/me").status()).as("this session stays").isEqualTo(200);
    assertThat(elsewhere.get("/auth/me").status()).as("the other session ends").isEqualTo(401);
    assertThat(script.get("/auth/me").code()).isEqualTo("INVALID_TOKEN");
    assertThat(login(new Api(), user, Api.USER_PASSWORD, address()).status()).isEqualTo(401);
    assertThat(login(new Api(), user, "another-good-passphrase", address()).status())
        .isEqualTo(200);
    assertThat(here.get("/auth/tokens").json().getJsonArray("data").toString())
        .doesNotContain("\"revoked\":false");
  }

  @Test
  void reEnablingADisabledUserDoesNotBringBackOldSessionsOrTokens() {
    String user = newAccount(unique("dis"));
    Api session = Api.signedIn(user, Api.USER_PASSWORD);
    Api script = new Api().withBearer(newToken(session, "cron"));
    Api admin = Api.admin();
    JsonObject disable = Json.createObjectBuilder().add("disabled", true).build();
    JsonObject enable = Json.createObjectBuilder().add("disabled", false).build();
    assertThat(admin.patch("/admin/users/" + user, disable).status()).isEqualTo(200);
    assertThat(admin.patch("/admin/users/" + user, enable).status()).isEqualTo(200);

    assertThat(session.get("/auth/me").status()).isEqualTo(401);
    assertThat(script.get("/auth/me").status()).isEqualTo(401);
    assertThat(Api.signedIn(user, Api.USER_PASSWORD).get("/auth/me").status()).isEqualTo(200);
  }

  // ---- Finding 10: password policy

  @Test
  void weakPasswordsAreRefusedForNewAccounts() {
    Api admin = Api.admin();
    String user = unique("weak");
    for (String password :
        List.of(
            "eleven-char", " ".repeat(12), "password1234", "x-" + user + "-x", "1qaz2wsx3edc")) {
      Api.Reply r =
          admin.post(
              "/admin/users",
              Json.createObjectBuilder().add("username", user).add("password", password).build());
      assertThat(r.status()).as(password).isEqualTo(400);
      assertThat(r.code()).isEqualTo("INVALID_PASSWORD");
    }
    assertThat(admin.get("/admin/users").body()).doesNotContain(user);
  }

  // ---- Finding 12: token lifetimes, streams, Secure cookies

  @Test
  void tokensExpireAndRecordTheirLastUseToTheMinute() {
    Api owner = Api.newTeacher();
    for (JsonObject bad :
        List.of(
            Json.createObjectBuilder().add("name", "t").add("expires_in_days", 0).build(),
            Json.createObjectBuilder().add("name", "t").add("expires_in_days", 3651).build(),
            Json.createObjectBuilder()
                .add("name", "t")
                .add("expires_at", "2001-01-01T00:00:00Z")
                .build(),
            Json.createObjectBuilder().add("name", "t").add("expires_at", "next week").build(),
            Json.createObjectBuilder()
                .add("name", "t")
                .add("expires_in_days", 2)
                .add("expires_at", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .build())) {
      Api.Reply r = owner.post("/auth/tokens", bad);
      assertThat(r.status()).as(bad.toString()).isEqualTo(400);
      assertThat(r.code()).isEqualTo("INVALID_TOKEN_EXPIRY");
    }

    Api.Reply month =
        owner.post(
            "/auth/tokens",
            Json.createObjectBuilder().add("name", "month").add("expires_in_days", 30).build());
    assertThat(month.status()).isEqualTo(201);
    Instant expiresAt = Instant.parse(month.data().getString("expires_at"));
    assertThat(expiresAt)
        .isBetween(
            Instant.now().plus(29, ChronoUnit.DAYS), Instant.now().plus(31, ChronoUnit.DAYS));
    Api script = new Api().withBearer(month.data().getString("token"));
    assertThat(script.get("/jobs").status()).isEqualTo(200);
    String lastUsed = tokenNamed(owner, "month").getString("last_used_at");
    assertThat(lastUsed).isNotNull();

    Api.Reply soon =
        owner.post(
            "/auth/tokens",
            Json.createObjectBuilder()
                .add("name", "soon")
                .add("expires_at", Instant.now().plusSeconds(3).toString())
                .build());
    Api brief = new Api().withBearer(soon.data().getString("token"));
    assertThat(brief.get("/jobs").status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> brief.get("/jobs").status() == 401);
    assertThat(brief.get("/jobs").code()).isEqualTo("INVALID_TOKEN");

    // Used again within the minute: last_used_at is not written again.
    assertThat(script.get("/jobs").status()).isEqualTo(200);
    assertThat(tokenNamed(owner, "month").getString("last_used_at")).isEqualTo(lastUsed);
  }

  private static JsonObject tokenNamed(Api owner, String name) {
    return owner
        .get("/auth/tokens")
        .json()
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anEventStreamEndsWhenItsSessionSignsOut() throws Exception {
    Api teacher = Api.newTeacher();
    String jobId = slowJob(teacher);
    CompletableFuture<HttpResponse<Stream<String>>> stream = events(teacher, jobId);
    HttpResponse<Stream<String>> open = stream.get(10, TimeUnit.SECONDS);
    assertThat(open.statusCode()).isEqualTo(200);
    CompletableFuture<List<String>> lines =
        CompletableFuture.supplyAsync(() -> open.body().toList());

    assertThat(teacher.post("/auth/logout", Json.createObjectBuilder().build()).status())
        .isEqualTo(200);

    List<String> received = lines.get(15, TimeUnit.SECONDS);
    assertThat(received).anyMatch(l -> l.startsWith("event: status"));
    assertThat(String.join("\n", received)).doesNotContain("\"status\":\"completed\"");
    assertThat(
            Api.signedIn(teacher.username(), Api.USER_PASSWORD).delete("/jobs/" + jobId).status())
        .isEqualTo(200);
  }

  @Test
  void anEventStreamEndsWhenItsTokenIsRevoked() throws Exception {
    Api teacher = Api.newTeacher();
    Api.Reply created =
        teacher.post("/auth/tokens", Json.createObjectBuilder().add("name", "sse").build());
    long tokenId = created.data().getJsonNumber("id").longValue();
    Api script = new Api().withBearer(created.data().getString("token"));
    String jobId = slowJob(teacher);
    HttpResponse<Stream<String>> open = events(script, jobId).get(10, TimeUnit.SECONDS);
    assertThat(open.statusCode()).isEqualTo(200);
    CompletableFuture<List<String>> lines =
        CompletableFuture.supplyAsync(() -> open.body().toList());

    assertThat(teacher.delete("/auth/tokens/" + tokenId).status()).isEqualTo(200);

    List<String> received = lines.get(15, TimeUnit.SECONDS);
    assertThat(String.join("\n", received)).doesNotContain("\"status\":\"completed\"");
    assertThat(teacher.delete("/jobs/" + jobId).status()).isEqualTo(200);
  }

  /** A job that stays running for a while (the test deployment delays its image). */
  private static String slowJob(Api teacher) {
    Api.Reply upload =
        teacher.upload(
            new Api.Part("fault-slow-sheet.png", "image/png", Sheets.part("sheet_011").bytes()));
    assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
    return upload.json().getString("job_id");
  }

  private static CompletableFuture<HttpResponse<Stream<String>>> events(Api api, String jobId) {
    return api.http()
        .sendAsync(
            api.request("/jobs/" + jobId + "/events")
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofLines());
  }

  @Test
  void theSessionCookieIsSecureWhenATrustedProxySaysHttps() {
    String user = newAccount(unique("tls"));
    Api.Reply https =
        login(
            new Api(),
            user,
            Api.USER_PASSWORD,
            Map.of("X-Forwarded-For", address(), "X-Forwarded-Proto", "https"));
    assertThat(https.status()).isEqualTo(200);
    List<String> cookies =
        https.headers().entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
            .flatMap(e -> e.getValue().stream())
            .filter(c -> c.startsWith("QMSESSION="))
            .toList();
    assertThat(cookies).hasSize(1);
    assertThat(cookies.get(0))
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");

    Api.Reply plain = login(new Api(), user, Api.USER_PASSWORD, address());
    assertThat(plain.header("Set-Cookie")).doesNotContainIgnoringCase("secure");
  }

  // ---- Issue 11: sessions live in the database, so any node serves them

  @Test
  void eachSignInIsANewSessionAndSigningOutDeletesIt() {
    String user = newAccount(unique("rows"));
    String first = sessionCookie(login(new Api(), user, Api.USER_PASSWORD, address()));
    String second = sessionCookie(login(new Api(), user, Api.USER_PASSWORD, address()));
    assertThat(first).isNotEqualTo(second).hasSize(43);
    assertThat(withCookie(first, "GET", "/auth/me").status()).isEqualTo(200);

    Api.Reply out = withCookie(first, "POST", "/auth/logout");
    assertThat(out.status()).isEqualTo(200);
    assertThat(out.header("Set-Cookie")).startsWith("QMSESSION=").containsIgnoringCase("Max-Age=0");
    assertThat(withCookie(first, "GET", "/auth/me").status())
        .as("the signed-out cookie sent again")
        .isEqualTo(401);
    assertThat(withCookie(second, "GET", "/auth/me").status()).isEqualTo(200);
  }

  @Test
  void aSessionWhoseRowIsDeletedInTheDatabaseIsSignedOut() {
    Api teacher = Api.newTeacher();
    assertThat(teacher.get("/auth/me").status()).isEqualTo(200);
    // the test deployment deletes the uploader's session rows straight in the database, as another
    // node's sign-out would: this node's caller cache holds the session for at most 5 s more
    Api.Reply upload =
        teacher.upload(
            new Api.Part("fault-end-sessions.png", "image/png", Sheets.part("sheet_011").bytes()));
    assertThat(upload.status()).as(upload.toString()).isEqualTo(202);

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> teacher.get("/auth/me").status() == 401);
    assertThat(Api.signedIn(teacher.username(), Api.USER_PASSWORD).get("/auth/me").status())
        .isEqualTo(200);
  }

  private static String sessionCookie(Api.Reply login) {
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    String cookie = login.header("Set-Cookie");
    assertThat(cookie).startsWith("QMSESSION=");
    return cookie.substring("QMSESSION=".length(), cookie.indexOf(';'));
  }

  /** A request carrying only this session cookie (no cookie jar of its own). */
  private static Api.Reply withCookie(String session, String method, String path) {
    Api api = new Api();
    return api.send(
        api.request(path)
            .header("Cookie", "QMSESSION=" + session)
            .header("Content-Type", "application/json")
            .method(
                method,
                method.equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"))
            .build());
  }

  // ---- Finding 13: usernames are case-insensitive

  @Test
  void usernamesThatDifferOnlyInCaseAreOneAccount() {
    String user = newAccount(unique("Case.User"));
    Api.Reply twin =
        Api.admin()
            .post(
                "/admin/users",
                Json.createObjectBuilder()
                    .add("username", user.toLowerCase())
                    .add("password", Api.USER_PASSWORD)
                    .build());
    assertThat(twin.status()).isEqualTo(409);
    assertThat(twin.code()).isEqualTo("USERNAME_TAKEN");

    Api any = Api.signedIn(user.toUpperCase(), Api.USER_PASSWORD);
    assertThat(any.get("/auth/me").data().getString("username")).isEqualTo(user);
  }
}
