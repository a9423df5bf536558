package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The API the browser pages need: the server's limits, the security headers on API and static
 * answers, per-item counts, a job's items and their images (owner-only, cached, thumbnails, gone
 * after the cleanup), and the read-only monitor role.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebApiIT extends DeployedIT {
  static Api teacher;
  static long quizId;
  static String jobId;
  static JsonObject job;
  static byte[] firstSheet;

  @BeforeAll
  static void uploadTwoSheetsWithAQuiz() throws IOException {
    teacher = Api.newTeacher();
    String key = Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json"));
    Api.Reply created = MarkingIT.createQuiz(teacher, key);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    quizId = created.data().getJsonNumber("id").longValue();
    Api.Part first = Sheets.part("sheet_014");
    firstSheet = first.bytes();
    Api.Reply accepted =
        teacher.upload(List.of(first, Sheets.part("sheet_004")), Long.toString(quizId));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    jobId = accepted.json().getString("job_id");
    job = Jobs.awaitEnded(teacher, jobId);
    assertThat(job.getString("status")).isEqualTo("completed");
  }

  @Test
  void theLimitsAreKnownWithoutSigningIn() {
    Api.Reply r = new Api().get("/limits");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject limits = r.data();
    assertThat(limits.getInt("max_files")).isEqualTo(50);
    assertThat(limits.getJsonNumber("max_file_bytes").longValue()).isEqualTo(20971520L);
    assertThat(limits.getJsonNumber("max_request_bytes").longValue()).isEqualTo(209715200L);
    assertThat(limits.getJsonNumber("max_pixels").longValue()).isEqualTo(40000000L);
    assertThat(limits.getJsonArray("accepted_types").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactlyInAnyOrder("image/png", "image/jpeg", "image/tiff");
    assertThat(limits.getJsonArray("accepted_extensions").toString()).contains(".tiff", ".jpg");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersApiAndStaticAlike() throws Exception {
    String root = Api.BASE.substring(0, Api.BASE.length() - "/api/v1".length());
    HttpClient http = HttpClient.newHttpClient();
    for (String url :
        List.of(Api.BASE + "/limits", Api.BASE + "/jobs", root + "/", root + "/no-such-page.css")) {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(url)
          .hasValue(
              "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src"
                  + " 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
                  + " form-action 'self'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(url).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(url).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(url).hasValue("same-origin");
    }
  }

  @Test
  void aJobsStatusCountsItsItemsAndNamesItsQuiz() {
    assertThat(job.getInt("total_items")).isEqualTo(2);
    assertThat(job.getInt("done_items") + job.getInt("failed_items")).isEqualTo(2);
    assertThat(job.getJsonNumber("quiz_id").longValue()).isEqualTo(quizId);
    assertThat(job.getInt("progress")).isEqualTo(100); // the existing fields stay
    JsonObject listed =
        teacher.get("/jobs").data().getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
            .filter(j -> j.getString("job_id").equals(jobId))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getInt("total_items")).isEqualTo(2);

    Api.Reply other = teacher.upload(Sheets.part("sheet_006"));
    JsonObject noQuiz = teacher.get("/jobs/" + other.json().getString("job_id")).data();
    assertThat(noQuiz.isNull("quiz_id")).isTrue();
    assertThat(noQuiz.getInt("total_items")).isEqualTo(1);
  }

  @Test
  void aJobsItemsShowWhatWasReadAndHowItWasMarked() {
    Api.Reply r = teacher.get("/jobs/" + jobId + "/items");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonArray items = r.json().getJsonArray("data");
    assertThat(items).hasSize(2);
    JsonObject first = items.getJsonObject(0);
    assertThat(first.getInt("position")).isEqualTo(1);
    assertThat(first.getString("filename")).isEqualTo("sheet_014.png");
    assertThat(first.getString("status")).isEqualTo("completed");
    assertThat(first.getBoolean("image_available")).isTrue();
    assertThat(first.getInt("width")).isPositive();
    assertThat(first.getJsonNumber("size_bytes").longValue()).isEqualTo(firstSheet.length);
    assertThat(first.getJsonNumber("submission_id").longValue()).isPositive();
    assertThat(first.getJsonNumber("max_score").doubleValue()).isEqualTo(20.0);
    assertThat(first.getString("text")).isNotBlank();
    assertThat(first.getJsonArray("answers")).hasSize(20);
    JsonObject answer = first.getJsonArray("answers").getJsonObject(0);
    assertThat(answer.getInt("q")).isEqualTo(1);
    assertThat(answer.containsKey("review_reason")).isTrue();
    assertThat(first.getString("student_name", "")).isNotBlank();
  }

  @Test
  void anItemsImageIsTheStoredFileCachedByTheBrowserAndOnlyItsOwnersToSee() throws Exception {
    long item = itemId(0);
    String path = "/jobs/" + jobId + "/items/" + item + "/image";
    HttpResponse<byte[]> r = bytes(teacher, path, Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(r.body()).isEqualTo(firstSheet);
    assertThat(r.headers().firstValue("Cache-Control").orElse(""))
        .contains("private")
        .contains("max-age=86400");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertThat(bytes(teacher, path, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

    HttpResponse<byte[]> thumb = bytes(teacher, path + "?width=200", Map.of());
    assertThat(thumb.statusCode()).isEqualTo(200);
    assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.body()));
    assertThat(small.getWidth()).isEqualTo(200);

    for (String bad : List.of("?width=5", "?width=2001", "?width=abc")) {
      Api.Reply refused = teacher.get(path + bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.code()).as(bad).isEqualTo("INVALID_WIDTH");
    }
    Api stranger = Api.newTeacher();
    assertThat(stranger.get(path).status()).isEqualTo(404);
    assertThat(stranger.get(path).code()).isEqualTo("JOB_NOT_FOUND");
    assertThat(stranger.get("/jobs/" + jobId + "/items").status()).isEqualTo(404);
    assertThat(teacher.get("/jobs/" + jobId + "/items/999999999/image").code())
        .isEqualTo("ITEM_NOT_FOUND");
    assertThat(teacher.get("/jobs/" + jobId + "/items/x/image").status()).isEqualTo(404);
    // another of the teacher's jobs does not reach this job's item
    String otherJob = teacher.upload(Sheets.part("sheet_006")).json().getString("job_id");
    assertThat(teacher.get("/jobs/" + otherJob + "/items/" + item + "/image").code())
        .isEqualTo("ITEM_NOT_FOUND");
  }

  @Test
  void theMonitorRoleSeesTheConsoleAndChangesNothing() {
    Api admin = Api.admin();
    String name = "mon" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        admin.post(
            "/admin/users",
            Json.createObjectBuilder()
                .add("username", name)
                .add("password", Api.USER_PASSWORD)
                .add("roles", Json.createArrayBuilder().add("monitor"))
                .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api monitor = Api.signedIn(name, Api.USER_PASSWORD);
    for (String read : List.of("/admin/overview", "/admin/jobs", "/admin/users")) {
      assertThat(monitor.get(read).status()).as(read).isEqualTo(200);
    }
    int users = admin.get("/admin/users").json().getJsonArray("data").size();
    JsonObject empty = Json.createObjectBuilder().build();
    List<Api.Reply> refused =
        List.of(
            monitor.post("/admin/cleanup", empty),
            monitor.post("/admin/jobs/" + jobId + "/retry", empty),
            monitor.post(
                "/admin/users",
                Json.createObjectBuilder()
                    .add("username", "x" + name)
                    .add("password", Api.USER_PASSWORD)
                    .build()),
            monitor.patch(
                "/admin/users/" + teacher.username(),
                Json.createObjectBuilder().add("disabled", true).build()),
            monitor.delete("/admin/users/" + teacher.username()),
            monitor.delete("/admin/jobs/" + jobId));
    for (Api.Reply r : refused) {
      assertThat(r.status()).as(r.toString()).isEqualTo(403);
      assertThat(r.code()).isEqualTo("FORBIDDEN");
    }
    assertThat(admin.get("/admin/users").json().getJsonArray("data").size()).isEqualTo(users);
    assertThat(teacher.get("/jobs").status()).isEqualTo(200); // still enabled
  }

  @Test
  void theConsoleShowsQueuesWorkersServicesAndTheLastHour() {
    Api admin = Api.admin();
    JsonObject overview = admin.get("/admin/overview").data();
    JsonObject images = overview.getJsonObject("queues").getJsonObject("QuizMarkerImages");
    for (String field :
        List.of("waiting", "in_delivery", "scheduled", "dead_letters", "consumers", "messages")) {
      assertThat(images.getJsonNumber(field).longValue()).as(field).isNotNegative();
    }
    assertThat(images.getInt("consumers")).isPositive();
    JsonObject workers = overview.getJsonObject("workers");
    assertThat(workers.getInt("total")).isPositive();
    assertThat(workers.getInt("busy")).isBetween(0, workers.getInt("total"));
    assertThat(overview.getJsonObject("database").getBoolean("up")).isTrue();
    assertThat(overview.getJsonObject("redis").getBoolean("up")).isTrue();
    assertThat(overview.getJsonArray("nodes")).isNotEmpty();
    assertThat(overview.getJsonObject("jobs").getInt("completed")).isPositive();

    Api.Reply series = admin.get("/admin/timeseries?minutes=60");
    assertThat(series.status()).as(series.toString()).isEqualTo(200);
    assertThat(series.data().getInt("bucket_seconds")).isEqualTo(60);
    List<JsonObject> points = series.data().getJsonArray("points").getValuesAs(JsonObject.class);
    assertThat(points).hasSize(60);
    assertThat(points.stream().mapToInt(p -> p.getInt("images_done")).sum())
        .isGreaterThanOrEqualTo(2);
    JsonObject busy =
        points.stream().filter(p -> p.getInt("images_done") > 0).findFirst().orElseThrow();
    assertThat(busy.getJsonNumber("mean_read_ms").longValue()).isPositive();
    assertThat(busy.getJsonNumber("mean_wait_ms").longValue()).isNotNegative();
    assertThat(busy.getString("t")).endsWith(":00Z");
    for (String bad : List.of("0", "1441", "x")) {
      Api.Reply refused = admin.get("/admin/timeseries?minutes=" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.code()).isEqualTo("INVALID_MINUTES");
    }
    assertThat(teacher.get("/admin/timeseries").status()).isEqualTo(403);

    Api.Reply one = admin.get("/admin/jobs/" + jobId);
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    assertThat(one.data().getJsonObject("job").getString("job_id")).isEqualTo(jobId);
    assertThat(one.data().getJsonNumber("owner_id").longValue()).isPositive();
    assertThat(one.data().getJsonArray("items")).hasSize(2);
    assertThat(one.data().getJsonArray("items").getJsonObject(0).getJsonArray("answers")).isEmpty();
    assertThat(admin.get("/admin/jobs/" + java.util.UUID.randomUUID()).code())
        .isEqualTo("JOB_NOT_FOUND");
    Api.Reply ended = admin.delete("/admin/jobs/" + jobId);
    assertThat(ended.status()).isEqualTo(409);
    assertThat(ended.code()).isEqualTo("JOB_ALREADY_ENDED");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void anImageDeletedByTheCleanupIsGone() {
    long item = itemId(0);
    Api admin = Api.admin();
    Api.Reply cleaned =
        admin.post("/admin/cleanup", Json.createObjectBuilder().add("older_than_days", 0).build());
    assertThat(cleaned.status()).as(cleaned.toString()).isEqualTo(200);
    Api.Reply gone = teacher.get("/jobs/" + jobId + "/items/" + item + "/image");
    assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
    assertThat(gone.code()).isEqualTo("IMAGE_DELETED");
    assertThat(teacher.get("/jobs/" + jobId + "/items/" + item + "/image?width=100").status())
        .isEqualTo(410);
    JsonObject first =
        teacher.get("/jobs/" + jobId + "/items").json().getJsonArray("data").getJsonObject(0);
    assertThat(first.getBoolean("image_available")).isFalse();
  }

  static long itemId(int index) {
    return teacher
        .get("/jobs/" + jobId + "/items")
        .json()
        .getJsonArray("data")
        .getJsonObject(index)
        .getJsonNumber("item_id")
        .longValue();
  }

  static HttpResponse<byte[]> bytes(Api api, String path, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = api.request(path).GET();
    headers.forEach(b::header);
    return api.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
