package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing, filtering, paging and counting jobs; who may see what; sign-in and tokens. */
class JobQueriesIT extends DeployedIT {
  static Api owner;
  static final List<String> jobIds = new ArrayList<>();

  @BeforeAll
  static void threeJobsOneCancelled() {
    owner = Api.newTeacher();
    for (String stem : List.of("sheet_011", "sheet_012", "sheet_013")) {
      jobIds.add(owner.upload(Sheets.part(stem)).json().getString("job_id"));
    }
    for (String id : jobIds) {
      Jobs.awaitEnded(owner, id);
    }
    String cancelled =
        owner
            .upload(List.of(Sheets.part("sheet_015"), Sheets.part("sheet_016")), null)
            .json()
            .getString("job_id");
    owner.delete("/jobs/" + cancelled);
    jobIds.add(cancelled);
  }

  @Test
  void listsNewestFirstWithFiltersAndPages() {
    Api.Reply all = owner.get("/jobs");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.data().getInt("total")).isEqualTo(4);
    List<String> ids =
        all.data().getJsonArray("jobs").stream()
            .map(v -> v.asJsonObject().getString("job_id"))
            .toList();
    assertThat(ids).containsExactlyElementsOf(reversed(jobIds));

    Api.Reply page2 = owner.get("/jobs?per_page=3&page=2");
    assertThat(page2.data().getJsonArray("jobs")).hasSize(1);
    assertThat(page2.data().getInt("pages")).isEqualTo(2);
    assertThat(page2.data().getJsonArray("jobs").getJsonObject(0).getString("job_id"))
        .isEqualTo(jobIds.get(0));

    assertThat(owner.get("/jobs?status=completed").data().getInt("total")).isEqualTo(3);
    assertThat(owner.get("/jobs?status=cancelled").data().getInt("total")).isEqualTo(1);
    assertThat(owner.get("/jobs?job_type=grading").data().getInt("total")).isZero();
    assertThat(owner.get("/jobs?status=completed&job_type=upload").data().getInt("total"))
        .isEqualTo(3);
  }

  @Test
  void refusesUnknownFiltersAndPageSizes() {
    assertThat(owner.get("/jobs?status=done").code()).isEqualTo("INVALID_STATUS");
    assertThat(owner.get("/jobs?status=done").status()).isEqualTo(400);
    assertThat(owner.get("/jobs?job_type=ocr").code()).isEqualTo("INVALID_JOB_TYPE");
    assertThat(owner.get("/jobs?per_page=101").code()).isEqualTo("INVALID_PER_PAGE");
    assertThat(owner.get("/jobs?page=0").code()).isEqualTo("INVALID_PAGE");
    assertThat(owner.get("/jobs?page=x").status()).isEqualTo(400);
  }

  @Test
  void countsByStatusAndType() {
    JsonObject stats = owner.get("/jobs/stats").data();
    assertThat(stats.getInt("total")).isEqualTo(4);
    assertThat(stats.getJsonObject("by_status").getInt("completed")).isEqualTo(3);
    assertThat(stats.getJsonObject("by_status").getInt("cancelled")).isEqualTo(1);
    assertThat(stats.getJsonObject("by_status").getInt("queued")).isZero();
    assertThat(stats.getJsonObject("by_type").getInt("upload")).isEqualTo(4);
    assertThat(stats.getJsonNumber("mean_processing_seconds").doubleValue()).isPositive();
  }

  @Test
  void anotherUsersJobIsNotFoundEverywhere() {
    Api stranger = Api.newTeacher();
    String id = jobIds.get(0);
    for (Api.Reply r :
        List.of(
            stranger.get("/jobs/" + id),
            stranger.get("/jobs/" + id + "/result"),
            stranger.delete("/jobs/" + id),
            stranger.get("/jobs/" + id + "/events"))) {
      assertThat(r.status()).as(r.toString()).isEqualTo(404);
      assertThat(r.code()).isEqualTo("JOB_NOT_FOUND");
    }
    assertThat(stranger.get("/jobs").data().getInt("total")).isZero();
    assertThat(stranger.get("/jobs/not-a-uuid").status()).isEqualTo(404);
    assertThat(owner.get("/jobs/" + id).status()).isEqualTo(200);
  }

  @Test
  void withoutSignInTheApiAnswers401InJson() {
    Api anonymous = new Api();
    Api.Reply r = anonymous.get("/jobs");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().getBoolean("success")).isFalse();
    assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
    assertThat(anonymous.upload(Sheets.part("sheet_011")).status()).isEqualTo(401);
    Api.Reply wrong =
        anonymous.post(
            "/auth/login",
            Json.createObjectBuilder().add("username", "admin").add("password", "nope").build());
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() {
    Api.Reply r =
        new Api()
            .post(
                "/auth/login",
                Json.createObjectBuilder()
                    .add("username", "admin")
                    .add("password", Api.ADMIN_PASSWORD)
                    .build());
    String cookie = r.header("Set-Cookie");
    assertThat(cookie)
        .contains("QMSESSION=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void cookieCarriedChangesFromAForeignOriginAreRefused() {
    String id = jobIds.get(0);
    Api.Reply r =
        owner.send(
            owner.request("/jobs/" + id).header("Origin", "http://evil.example").DELETE().build());
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("CSRF_REJECTED");
    Api.Reply same =
        owner.send(
            owner
                .request("/auth/tokens")
                .header("Origin", "http://127.0.0.1:8180")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"same-origin\"}"))
                .build());
    assertThat(same.status()).isEqualTo(201);
  }

  @Test
  void teachersAreNotAdmins() {
    Api.Reply r = owner.get("/admin/users");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("FORBIDDEN");
    assertThat(
            owner
                .post("/admin/users", Json.createObjectBuilder().add("username", "x").build())
                .status())
        .isEqualTo(403);
    assertThat(Api.admin().get("/admin/users").status()).isEqualTo(200);
  }

  @Test
  void adminCreatesUsersWithValidation() {
    Api admin = Api.admin();
    Api.Reply weak =
        admin.post(
            "/admin/users",
            Json.createObjectBuilder()
                .add("username", "weakling")
                .add("password", "short")
                .build());
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.code()).isEqualTo("INVALID_PASSWORD");
    Api.Reply badRole =
        admin.post(
            "/admin/users",
            Json.createObjectBuilder()
                .add("username", "roleless")
                .add("password", "long-enough-password")
                .add("roles", Json.createArrayBuilder().add("principal"))
                .build());
    assertThat(badRole.code()).isEqualTo("INVALID_ROLES");
    Api.Reply taken =
        admin.post(
            "/admin/users",
            Json.createObjectBuilder()
                .add("username", "admin")
                .add("password", "long-enough-password")
                .build());
    assertThat(taken.status()).isEqualTo(409);
    assertThat(
            admin
                .postRaw("/admin/users", "application/json", "{not json".getBytes(), Map.of())
                .status())
        .isEqualTo(400);
  }

  @Test
  void bearerTokensWorkUntilRevoked() {
    Api.Reply created =
        owner.post("/auth/tokens", Json.createObjectBuilder().add("name", "script").build());
    assertThat(created.status()).isEqualTo(201);
    String token = created.data().getString("token");
    Api script = new Api().withBearer(token);
    assertThat(script.get("/jobs").data().getInt("total")).isEqualTo(4);
    assertThat(owner.get("/auth/tokens").body()).contains("script").doesNotContain(token);
    long id = created.data().getJsonNumber("id").longValue();
    assertThat(owner.delete("/auth/tokens/" + id).status()).isEqualTo(200);
    Api.Reply revoked = script.get("/jobs");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.code()).isEqualTo("INVALID_TOKEN");
  }

  @Test
  void eventsStreamStatusUntilTheJobHasEnded() throws Exception {
    String id = jobIds.get(0);
    var response =
        owner
            .http()
            .send(
                owner
                    .request("/jobs/" + id + "/events")
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("event: status").contains("\"status\":\"completed\"");
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
