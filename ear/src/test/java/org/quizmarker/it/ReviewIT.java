package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The review loop through the API: the grouped queue (the same sheet uploaded twice reads the same,
 * so every flagged answer of it forms a group of two), one decision for a group that survives a
 * regrade, its undo, corrected texts, refusals that leave nothing behind, a submission with its
 * review context, crops, marked sheets (PNG, ZIP, PDF) and the results' histogram.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewIT extends DeployedIT {
  static Api teacher;
  static long quizId;
  static String uploadJob;

  @BeforeAll
  static void uploadOneSheetTwiceAndAnother() throws IOException {
    teacher = Api.newTeacher();
    String key = Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json"));
    quizId = MarkingIT.createQuiz(teacher, key).data().getJsonNumber("id").longValue();
    Api.Part twice = Sheets.part("sheet_010");
    Api.Reply accepted =
        teacher.upload(
            List.of(
                twice,
                new Api.Part("copy-" + twice.filename(), twice.contentType(), twice.bytes()),
                Sheets.part("sheet_004")),
            Long.toString(quizId));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    uploadJob = accepted.json().getString("job_id");
    assertThat(Jobs.awaitEnded(teacher, uploadJob).getString("status")).isEqualTo("completed");
  }

  static JsonObject queue() {
    Api.Reply r = teacher.get("/quizzes/" + quizId + "/review");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.data();
  }

  static List<JsonObject> submissions() {
    return teacher
        .get("/quizzes/" + quizId + "/submissions")
        .json()
        .getJsonArray("data")
        .getValuesAs(JsonObject.class);
  }

  static long waitingInSubmissions() {
    return submissions().stream()
        .flatMap(s -> s.getJsonArray("answers").getValuesAs(JsonObject.class).stream())
        .filter(a -> a.getBoolean("needs_review"))
        .count();
  }

  static JsonObject answer(JsonObject submission, int q) {
    return submission.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getInt("q") == q)
        .findFirst()
        .orElseThrow();
  }

  static JsonObject submission(long id) {
    return submissions().stream()
        .filter(s -> s.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  static JsonArrayBuilder refs(JsonObject group) {
    JsonArrayBuilder refs = Json.createArrayBuilder();
    for (JsonObject a : group.getJsonArray("answers").getValuesAs(JsonObject.class)) {
      refs.add(
          Json.createObjectBuilder()
              .add("submission_id", a.getJsonNumber("submission_id").longValue())
              .add("q", a.getInt("q")));
    }
    return refs;
  }

  @Test
  @Order(1)
  void identicalReadingsAreGroupedInOrderOfQuestionThenSize() {
    JsonObject queue = queue();
    JsonArray groups = queue.getJsonArray("groups");
    assertThat(groups).isNotEmpty();
    assertThat(queue.getJsonNumber("remaining").longValue()).isEqualTo(waitingInSubmissions());
    int total = 0;
    int previousQ = 0;
    int previousCount = Integer.MAX_VALUE;
    for (JsonObject g : groups.getValuesAs(JsonObject.class)) {
      total += g.getInt("count");
      assertThat(g.getJsonArray("answers")).hasSize(g.getInt("count"));
      if (g.getInt("q") == previousQ) {
        assertThat(g.getInt("count")).isLessThanOrEqualTo(previousCount);
      } else {
        assertThat(g.getInt("q")).isGreaterThan(previousQ);
      }
      previousQ = g.getInt("q");
      previousCount = g.getInt("count");
      assertThat(g.getString("key")).startsWith(g.getInt("q") + "|");
      assertThat(g.getJsonArray("accepted")).isNotEmpty();
      JsonObject item = g.getJsonArray("answers").getJsonObject(0);
      long submissionId = item.getJsonNumber("submission_id").longValue();
      assertThat(item.getString("crop_url"))
          .isEqualTo("/api/v1/submissions/" + submissionId + "/answers/" + g.getInt("q") + "/crop");
      assertThat(item.getString("sheet_url")).startsWith("/api/v1/jobs/" + uploadJob + "/items/");
      assertThat(item.containsKey("readings")).isTrue();
      assertThat(item.containsKey("has_box")).isTrue();
    }
    assertThat(total).isEqualTo(queue.getJsonNumber("remaining").longValue());
    // the sheet uploaded twice: its flagged answers pair up
    assertThat(groups.getValuesAs(JsonObject.class)).anyMatch(g -> g.getInt("count") >= 2);
    assertThat(teacher.get("/quizzes/" + quizId + "/review?job_id=" + uploadJob).data())
        .isEqualTo(queue);
  }

  @Test
  void oneDecisionSettlesAGroupSurvivesARegradeAndCanBeUndone() {
    JsonObject group =
        queue().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
            .max(Comparator.comparingInt(g -> g.getInt("count")))
            .orElseThrow();
    long before = queue().getJsonNumber("remaining").longValue();
    int q = group.getInt("q");
    List<Long> ids = new ArrayList<>();
    group
        .getJsonArray("answers")
        .getValuesAs(JsonObject.class)
        .forEach(a -> ids.add(a.getJsonNumber("submission_id").longValue()));
    Map<Long, Double> scores = new java.util.HashMap<>();
    Map<Long, Double> pointsBefore = new java.util.HashMap<>();
    ids.forEach(id -> scores.put(id, submission(id).getJsonNumber("score").doubleValue()));
    ids.forEach(
        id ->
            pointsBefore.put(id, answer(submission(id), q).getJsonNumber("points").doubleValue()));

    long started = System.nanoTime();
    Api.Reply decided =
        teacher.post(
            "/quizzes/" + quizId + "/review/decisions",
            Json.createObjectBuilder().add("answers", refs(group)).add("correct", true).build());
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("Grouped decision of %d answers: %d ms round trip%n", ids.size(), tookMs);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.data().getInt("decided")).isEqualTo(ids.size());
    assertThat(decided.data().getJsonNumber("remaining").longValue())
        .isEqualTo(before - ids.size());
    assertThat(decided.data().getJsonArray("submissions"))
        .hasSize((int) ids.stream().distinct().count());
    double points = group.getJsonNumber("points").doubleValue();
    for (long id : ids) {
      JsonObject s = submission(id);
      assertThat(answer(s, q).getBoolean("correct")).isTrue();
      assertThat(answer(s, q).getBoolean("needs_review")).isFalse();
      assertThat(answer(s, q).getString("overridden_by")).isEqualTo(teacher.username());
      // a flagged answer may already count its tentative points; now it has the question's
      assertThat(s.getJsonNumber("score").doubleValue())
          .isEqualTo(scores.get(id) - pointsBefore.get(id) + points);
    }
    assertThat(queue().getJsonArray("groups").getValuesAs(JsonObject.class))
        .noneMatch(g -> g.getString("key").equals(group.getString("key")));

    Api.Reply regrade =
        teacher.post(
            "/quizzes/" + quizId + "/grade",
            Json.createObjectBuilder().add("job_id", uploadJob).build());
    assertThat(Jobs.awaitEnded(teacher, regrade.json().getString("job_id")).getString("status"))
        .isEqualTo("completed");
    for (long id : ids) {
      assertThat(answer(submission(id), q).getBoolean("correct")).isTrue();
      assertThat(answer(submission(id), q).getString("overridden_by"))
          .isEqualTo(teacher.username());
    }
    assertThat(queue().getJsonNumber("remaining").longValue()).isEqualTo(before - ids.size());

    Api.Reply undone = teacher.delete("/submissions/" + ids.get(0) + "/answers/" + q + "/override");
    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(answer(undone.data(), q).getBoolean("needs_review")).isTrue();
    assertThat(answer(undone.data(), q).isNull("overridden_by")).isTrue();
    assertThat(undone.data().getJsonNumber("score").doubleValue())
        .isEqualTo(scores.get(ids.get(0)));
    assertThat(queue().getJsonNumber("remaining").longValue()).isEqualTo(before - ids.size() + 1);
    Api.Reply again = teacher.delete("/submissions/" + ids.get(0) + "/answers/" + q + "/override");
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo("OVERRIDE_NOT_FOUND");
  }

  @Test
  void aCorrectedTextIsGradedAgainstTheKeyAndKeptWithTheDecision() throws IOException {
    JsonObject key =
        Json.createReader(
                new java.io.StringReader(
                    Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json"))))
            .readObject();
    JsonObject q5 =
        key.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
            .filter(q -> q.getInt("q") == 5)
            .findFirst()
            .orElseThrow();
    String right = q5.getJsonArray("accepted").getString(0);
    long id = submissions().get(2).getJsonNumber("id").longValue();

    Api.Reply patched =
        teacher.patch(
            "/submissions/" + id + "/answers/5",
            Json.createObjectBuilder().add("text", " " + right + " ").build());
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(answer(patched.data(), 5).getBoolean("correct")).isTrue();

    Api.Reply wrong =
        teacher.post(
            "/quizzes/" + quizId + "/review/decisions",
            Json.createObjectBuilder()
                .add(
                    "answers",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("submission_id", id).add("q", 5)))
                .add("text", "certainly not " + right)
                .build());
    assertThat(wrong.status()).as(wrong.toString()).isEqualTo(200);
    assertThat(answer(submission(id), 5).getBoolean("correct")).isFalse();
    JsonObject detail = teacher.get("/submissions/" + id).data();
    assertThat(answer(detail, 5).getString("corrected_text")).isEqualTo("certainly not " + right);
  }

  @Test
  void aRefusedDecisionChangesNothing() throws IOException {
    JsonObject first = submissions().get(0);
    long id = first.getJsonNumber("id").longValue();
    JsonObject valid = Json.createObjectBuilder().add("submission_id", id).add("q", 1).build();
    String path = "/quizzes/" + quizId + "/review/decisions";
    JsonArrayBuilder many = Json.createArrayBuilder();
    for (int i = 0; i < 1001; i++) {
      many.add(valid);
    }
    Map<String, JsonObject> bodies =
        Map.of(
            "EMPTY_DECISION",
            Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder())
                .add("correct", true)
                .build(),
            "TOO_MANY_ANSWERS",
            Json.createObjectBuilder().add("answers", many).add("correct", true).build(),
            "INVALID_POINTS",
            Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder().add(valid))
                .add("correct", true)
                .add("points", 5)
                .build());
    bodies.forEach(
        (code, body) -> {
          Api.Reply r = teacher.post(path, body);
          assertThat(r.status()).as(code + " " + r).isEqualTo(400);
          assertThat(r.code()).isEqualTo(code);
        });
    Api.Reply noDecision =
        teacher.post(
            path,
            Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder().add(valid))
                .build());
    assertThat(noDecision.code()).isEqualTo("EMPTY_DECISION");

    Api.Reply mixed =
        teacher.post(
            path,
            Json.createObjectBuilder()
                .add(
                    "answers",
                    Json.createArrayBuilder()
                        .add(valid)
                        .add(
                            Json.createObjectBuilder().add("submission_id", 999999999).add("q", 1)))
                .add("correct", true)
                .build());
    assertThat(mixed.status()).isEqualTo(404);
    assertThat(mixed.code()).isEqualTo("SUBMISSION_NOT_FOUND");

    Api stranger = Api.newTeacher();
    Api.Reply foreign =
        stranger.post(
            path,
            Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder().add(valid))
                .add("correct", true)
                .build());
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.code()).isEqualTo("QUIZ_NOT_FOUND");
    long strangersQuiz =
        MarkingIT.createQuiz(
                stranger, Files.readString(Sheets.dev().resolve("key-us-history.json")))
            .data()
            .getJsonNumber("id")
            .longValue();
    Api.Reply otherQuiz =
        stranger.post(
            "/quizzes/" + strangersQuiz + "/review/decisions",
            Json.createObjectBuilder()
                .add("answers", Json.createArrayBuilder().add(valid))
                .add("correct", true)
                .build());
    assertThat(otherQuiz.code()).isEqualTo("SUBMISSION_NOT_FOUND");
    assertThat(stranger.get("/quizzes/" + quizId + "/review").status()).isEqualTo(404);

    assertThat(submission(id)).isEqualTo(first); // nothing was left behind
  }

  @Test
  void aSubmissionShowsEachAnswersPlaceTheKeyAndItsCrop() throws Exception {
    long id = submissions().get(0).getJsonNumber("id").longValue();
    Api.Reply r = teacher.get("/submissions/" + id);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject detail = r.data();
    assertThat(detail.getString("sheet_url")).startsWith("/api/v1/jobs/" + uploadJob + "/items/");
    List<JsonObject> answers = detail.getJsonArray("answers").getValuesAs(JsonObject.class);
    assertThat(answers).hasSize(20);
    JsonObject placed = answers.stream().filter(a -> !a.isNull("box")).findFirst().orElseThrow();
    assertThat(placed.getJsonObject("box").getInt("width")).isPositive();
    assertThat(placed.getJsonArray("accepted")).isNotEmpty();
    assertThat(placed.getJsonArray("readings")).isNotNull();

    String crop = "/submissions/" + id + "/answers/" + placed.getInt("q") + "/crop";
    HttpResponse<byte[]> png = WebApiIT.bytes(teacher, crop, Map.of());
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(png.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(image.getWidth()).isGreaterThan(image.getHeight());
    assertThat(image.getHeight())
        .isGreaterThanOrEqualTo(placed.getJsonObject("box").getInt("height"));
    String etag = png.headers().firstValue("ETag").orElseThrow();
    assertThat(WebApiIT.bytes(teacher, crop, Map.of("If-None-Match", etag)).statusCode())
        .isEqualTo(304);

    assertThat(teacher.get("/submissions/" + id + "/answers/99/crop").code())
        .isEqualTo("ANSWER_NOT_FOUND");
    Api stranger = Api.newTeacher();
    assertThat(stranger.get("/submissions/" + id).status()).isEqualTo(404);
    assertThat(stranger.get(crop).status()).isEqualTo(404);
    assertThat(stranger.get("/submissions/" + id + "/marked.png").status()).isEqualTo(404);
    assertThat(teacher.get("/submissions/x").code()).isEqualTo("SUBMISSION_NOT_FOUND");
  }

  @Test
  void markedSheetsComeAsPngZipAndPdf() throws Exception {
    long id = submissions().get(0).getJsonNumber("id").longValue();
    HttpResponse<byte[]> png =
        WebApiIT.bytes(teacher, "/submissions/" + id + "/marked.png", Map.of());
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(png.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline;");
    BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(sheet.getWidth()).isGreaterThan(500);
    HttpResponse<byte[]> download =
        WebApiIT.bytes(teacher, "/submissions/" + id + "/marked.png?download=1", Map.of());
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"marked-" + id + "-");

    HttpResponse<byte[]> zip =
        WebApiIT.bytes(teacher, "/quizzes/" + quizId + "/marked.zip", Map.of());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertThat(ImageIO.read(new ByteArrayInputStream(in.readAllBytes()))).isNotNull();
      }
    }
    assertThat(names).hasSize(3).allMatch(n -> n.matches("\\d\\d-[a-z0-9-]+\\.png"));
    assertThat(names.get(0)).startsWith("01-");

    HttpResponse<byte[]> pdf =
        WebApiIT.bytes(teacher, "/quizzes/" + quizId + "/marked.pdf?job_id=" + uploadJob, Map.of());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = new String(pdf.body(), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-").contains("/Count 3").endsWith("%%EOF\n");

    Api.Reply none =
        teacher.get("/quizzes/" + quizId + "/marked.zip?job_id=" + java.util.UUID.randomUUID());
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.code()).isEqualTo("NO_SHEETS");
    assertThat(Api.newTeacher().get("/quizzes/" + quizId + "/marked.pdf").code())
        .isEqualTo("QUIZ_NOT_FOUND");
  }

  @Test
  void theResultsHaveAHistogramAndEachQuestionsShareRight() {
    JsonObject stats = teacher.get("/quizzes/" + quizId + "/stats").data();
    assertThat(stats.getInt("submissions")).isEqualTo(3);
    JsonArray histogram = stats.getJsonArray("histogram");
    assertThat(histogram).hasSize(20);
    assertThat(
            histogram.getValuesAs(JsonObject.class).stream().mapToInt(b -> b.getInt("count")).sum())
        .isEqualTo(3);
    assertThat(histogram.getJsonObject(0).getJsonNumber("from").doubleValue()).isZero();
    assertThat(histogram.getJsonObject(19).getJsonNumber("to").doubleValue()).isEqualTo(20.0);
    for (JsonValue v : stats.getJsonArray("questions")) {
      double share = v.asJsonObject().getJsonNumber("share_right").doubleValue();
      assertThat(share).isBetween(0.0, 1.0);
      assertThat(v.asJsonObject().containsKey("answered")).isTrue();
      assertThat(v.asJsonObject().containsKey("needs_review")).isTrue();
    }
  }
}
