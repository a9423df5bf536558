package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Marking through the API: a dev quiz, its ten sheets uploaded with quiz_id, decisions checked
 * against the ground truth, a teacher's override that survives a key change and regrade, the CSV,
 * and quizzes of other users staying invisible.
 */
class MarkingIT extends DeployedIT {
  static final List<String> SHEETS =
      List.of(
          "sheet_004",
          "sheet_006",
          "sheet_010",
          "sheet_012",
          "sheet_014",
          "sheet_015",
          "sheet_020",
          "sheet_021",
          "sheet_025",
          "sheet_037");
  static Api teacher;
  static String key;
  static long quizId;
  static String uploadJob;
  static JsonObject job;

  @BeforeAll
  static void gradeTheFractionsQuiz() throws IOException {
    teacher = Api.newTeacher();
    key = Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json"));
    Api.Reply created = createQuiz(teacher, key);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    quizId = created.data().getJsonNumber("id").longValue();
    Api.Reply accepted =
        teacher.upload(SHEETS.stream().map(Sheets::part).toList(), Long.toString(quizId));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    uploadJob = accepted.json().getString("job_id");
    job = Jobs.awaitEnded(teacher, uploadJob);
    assertThat(job.getString("status")).isEqualTo("completed");
  }

  static Api.Reply createQuiz(Api api, String body) {
    return api.postRaw(
        "/quizzes", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  @Test
  void automaticDecisionsAgreeWithTheGroundTruth() {
    int decided = 0;
    int right = 0;
    int answers = 0;
    JsonArray result = job.getJsonArray("result");
    for (int i = 0; i < SHEETS.size(); i++) {
      JsonObject data = result.getJsonObject(i).getJsonObject("data");
      JsonObject grade = data.getJsonObject("grade");
      assertThat(grade.getJsonNumber("max_score").doubleValue()).isEqualTo(20.0);
      Map<Integer, Boolean> truth = new HashMap<>();
      for (JsonValue v : Sheets.truth(SHEETS.get(i)).getJsonArray("answers")) {
        truth.put(v.asJsonObject().getInt("q"), v.asJsonObject().getBoolean("correct"));
      }
      for (JsonValue v : data.getJsonArray("answers")) {
        JsonObject a = v.asJsonObject();
        answers++;
        if (a.isNull("text")) {
          // A question not found on the sheet is never silently marked wrong.
          assertThat(a.getBoolean("needs_review")).isTrue();
          assertThat(a.getString("review_reason")).isEqualTo("not_found");
          continue;
        }
        if (!a.getBoolean("needs_review")) {
          decided++;
          if (a.getBoolean("correct") == truth.get(a.getInt("q"))) {
            right++;
          }
        }
      }
    }
    assertThat(answers).isEqualTo(200);
    // Floor: on this machine raw-OCR grading decides ~54 % of dev answers automatically with
    // 99.3 % of them right; allow for OCR differences between Tesseract builds.
    assertThat(decided).as("answers decided automatically").isGreaterThanOrEqualTo(60);
    assertThat((double) right / decided)
        .as("share of automatic decisions right")
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void anOverrideSurvivesAKeyChangeAndRegrade() {
    JsonObject first =
        teacher
            .get("/quizzes/" + quizId + "/submissions")
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    long submissionId = first.getJsonNumber("id").longValue();
    Api.Reply overridden =
        teacher.patch(
            "/submissions/" + submissionId + "/answers/2",
            Json.createObjectBuilder().add("correct", true).build());
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
    JsonObject q2 = answer(overridden.data(), 2);
    assertThat(q2.getBoolean("correct")).isTrue();
    assertThat(q2.getString("overridden_by")).isEqualTo(teacher.username());
    assertThat(q2.getBoolean("needs_review")).isFalse();

    JsonObject changed = Json.createReader(new StringReader(key)).readObject();
    JsonObject q1 = changed.getJsonArray("questions").getJsonObject(0);
    JsonObject newKey =
        Json.createObjectBuilder(changed)
            .add(
                "questions",
                Json.createArrayBuilder(changed.getJsonArray("questions"))
                    .set(0, Json.createObjectBuilder(q1).add("points", 2)))
            .build();
    Api.Reply updated =
        teacher.send(
            teacher
                .request("/quizzes/" + quizId)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(newKey.toString()))
                .build());
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.data().getInt("version")).isEqualTo(2);

    Api.Reply queued =
        teacher.post(
            "/quizzes/" + quizId + "/grade",
            Json.createObjectBuilder().add("job_id", uploadJob).build());
    assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
    JsonObject grading = Jobs.awaitEnded(teacher, queued.json().getString("job_id"));
    assertThat(grading.getString("status")).isEqualTo("completed");
    assertThat(grading.getString("job_type")).isEqualTo("grading");

    JsonObject regraded = submission(submissionId);
    assertThat(regraded.getInt("key_version")).isEqualTo(2);
    assertThat(regraded.getJsonNumber("max_score").doubleValue()).isEqualTo(21.0);
    assertThat(answer(regraded, 2).getBoolean("correct")).isTrue();
    assertThat(answer(regraded, 2).getString("overridden_by")).isEqualTo(teacher.username());
  }

  @Test
  void resultsExportAsCsv() {
    Api.Reply csv = teacher.get("/quizzes/" + quizId + "/results.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .startsWith("submission_id,student_name,student_id,score,max_score,needs_review,q1,q2");
    assertThat(lines).hasSize(1 + SHEETS.size());
    JsonArray submissions =
        teacher.get("/quizzes/" + quizId + "/submissions").json().getJsonArray("data");
    for (JsonValue v : submissions) {
      JsonObject s = v.asJsonObject();
      String row =
          java.util.Arrays.stream(lines)
              .filter(l -> l.startsWith(s.getJsonNumber("id") + ","))
              .findFirst()
              .orElseThrow();
      assertThat(row).contains("," + formatted(s.getJsonNumber("score").doubleValue()) + ",");
    }
    Api.Reply stats = teacher.get("/quizzes/" + quizId + "/stats");
    assertThat(stats.data().getJsonArray("questions").size()).isEqualTo(20);
  }

  @Test
  void submissionsComeInPagesThatTogetherHoldEachOnce() {
    String base = "/quizzes/" + quizId + "/submissions";
    JsonObject first = teacher.get(base + "?per_page=4").json();
    assertThat(first.getInt("page")).isEqualTo(1);
    assertThat(first.getInt("per_page")).isEqualTo(4);
    assertThat(first.getInt("total")).isEqualTo(SHEETS.size());
    assertThat(first.getInt("pages")).isEqualTo(3);
    List<Long> ids = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      JsonArray data = teacher.get(base + "?per_page=4&page=" + page).json().getJsonArray("data");
      assertThat(data).hasSize(page < 3 ? 4 : 2);
      data.forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
    }
    assertThat(ids).hasSize(SHEETS.size()).doesNotHaveDuplicates().isSorted();

    JsonObject beyond = teacher.get(base + "?per_page=4&page=4").json();
    assertThat(beyond.getJsonArray("data")).isEmpty();
    assertThat(beyond.getInt("total")).isEqualTo(SHEETS.size());

    JsonObject all = teacher.get(base).json();
    assertThat(all.getInt("per_page")).isEqualTo(100);
    assertThat(all.getInt("pages")).isEqualTo(1);
    assertThat(idsOf(all.getJsonArray("data"))).isEqualTo(ids);
  }

  @Test
  void aSortOrdersEverySubmissionNotJustOnePage() {
    List<JsonObject> byScore = allPages("sort=score&order=desc");
    assertThat(byScore).hasSize(SHEETS.size());
    for (int i = 1; i < byScore.size(); i++) {
      assertThat(share(byScore.get(i))).isLessThanOrEqualTo(share(byScore.get(i - 1)));
    }
    List<JsonObject> byReview = allPages("sort=review&order=desc");
    for (int i = 1; i < byReview.size(); i++) {
      assertThat(toReview(byReview.get(i))).isLessThanOrEqualTo(toReview(byReview.get(i - 1)));
    }
    // Names sort in the database's collation; their first letters sort alike in every one.
    List<String> initials =
        allPages("sort=student_name").stream()
            .map(s -> s.isNull("student_name") ? "" : s.getString("student_name").toLowerCase())
            .map(n -> n.isEmpty() ? "" : n.substring(0, 1))
            .toList();
    assertThat(initials).isSorted();
    assertThat(idsOf(byScore)).containsExactlyInAnyOrderElementsOf(idsOf(byReview));
  }

  @Test
  void badPagesAndOrdersAreRefusedWithTheirCode() {
    String base = "/quizzes/" + quizId + "/submissions?";
    Map<String, String> refused =
        Map.of(
            "page=0", "INVALID_PAGE",
            "page=two", "INVALID_PAGE",
            "page=1000001", "INVALID_PAGE",
            "per_page=0", "INVALID_PER_PAGE",
            "per_page=501", "INVALID_PER_PAGE",
            "sort=points", "INVALID_SORT",
            "sort=s.id", "INVALID_SORT",
            "order=up", "INVALID_ORDER");
    refused.forEach(
        (query, code) -> {
          Api.Reply r = teacher.get(base + query);
          assertThat(r.status()).as(query + " → " + r).isEqualTo(400);
          assertThat(r.code()).as(query).isEqualTo(code);
        });
    assertThat(teacher.get(base + "per_page=500").status()).isEqualTo(200);
  }

  @Test
  void theStatsSummariseEverySubmissionAsThePagesShowThem() {
    List<JsonObject> all = allPages("per_page=3");
    JsonObject stats = teacher.get("/quizzes/" + quizId + "/stats").data();
    assertThat(stats.getInt("submissions")).isEqualTo(all.size());
    double mean =
        all.stream().mapToDouble(s -> s.getJsonNumber("score").doubleValue()).average().orElse(0);
    assertThat(stats.getJsonNumber("mean_score").doubleValue()).isCloseTo(mean, within(0.01));
    assertThat(stats.getInt("to_review")).isEqualTo(all.stream().mapToInt(s -> toReview(s)).sum());
    assertThat(stats.getJsonArray("jobs")).hasSize(1);
    assertThat(stats.getJsonArray("jobs").getJsonObject(0).getString("job_id"))
        .isEqualTo(uploadJob);
    assertThat(stats.getJsonArray("jobs").getJsonObject(0).getInt("submissions"))
        .isEqualTo(all.size());
    assertThat(
            stats.getJsonArray("histogram").getValuesAs(JsonObject.class).stream()
                .mapToInt(b -> b.getInt("count"))
                .sum())
        .isEqualTo(all.size());
    // Each question's counts, done again here from the answers as the API shows them.
    for (JsonObject q : stats.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      int answered = 0;
      int review = 0;
      int decided = 0;
      int right = 0;
      Map<String, Integer> wrongTexts = new HashMap<>();
      for (JsonObject s : all) {
        for (JsonObject a : s.getJsonArray("answers").getValuesAs(JsonObject.class)) {
          if (a.getInt("q") != q.getInt("q")) {
            continue;
          }
          answered += a.isNull("text") ? 0 : 1;
          if (a.getBoolean("needs_review")) {
            review++;
          } else if (!a.isNull("correct")) {
            decided++;
            right += a.getBoolean("correct") ? 1 : 0;
            if (!a.getBoolean("correct") && !a.isNull("text")) {
              wrongTexts.merge(a.getString("text"), 1, Integer::sum);
            }
          }
        }
      }
      // The common wrong answers (texts merged by their normalised form, at most three): as many
      // as there are wrong texts, each at least as common as the commonest exact text it can hold.
      List<JsonObject> common =
          q.getJsonArray("common_wrong_answers").getValuesAs(JsonObject.class);
      assertThat(common.size()).isLessThanOrEqualTo(3);
      assertThat(common.isEmpty()).as("question " + q.getInt("q")).isEqualTo(wrongTexts.isEmpty());
      assertThat(common.stream().mapToInt(c -> c.getInt("count")).sum())
          .isLessThanOrEqualTo(wrongTexts.values().stream().mapToInt(Integer::intValue).sum());
      if (!common.isEmpty()) {
        assertThat(common.get(0).getInt("count"))
            .isGreaterThanOrEqualTo(
                wrongTexts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        assertThat(List.copyOf(common.get(0).keySet())).containsExactly("text", "count");
      }
      assertThat(
              List.of(
                  q.getInt("answered"),
                  q.getInt("needs_review"),
                  q.getInt("decided"),
                  q.getInt("correct")))
          .as("question " + q.getInt("q"))
          .containsExactly(answered, review, decided, right);
    }
  }

  static List<JsonObject> allPages(String query) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonObject body =
          teacher
              .get("/quizzes/" + quizId + "/submissions?per_page=3&" + query + "&page=" + page)
              .json();
      all.addAll(body.getJsonArray("data").getValuesAs(JsonObject.class));
      if (page >= body.getInt("pages")) {
        return all;
      }
    }
  }

  static List<Long> idsOf(List<? extends JsonValue> submissions) {
    return submissions.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  static double share(JsonObject s) {
    double max = s.getJsonNumber("max_score").doubleValue();
    return max > 0 ? s.getJsonNumber("score").doubleValue() / max : 0;
  }

  static int toReview(JsonObject s) {
    return (int)
        s.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getBoolean("needs_review"))
            .count();
  }

  @Test
  void quizzesAndMarksOfAnotherUserAreNotFound() {
    Api other = Api.newTeacher();
    long submissionId =
        teacher
            .get("/quizzes/" + quizId + "/submissions")
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    for (Api.Reply r :
        List.of(
            other.get("/quizzes/" + quizId),
            other.delete("/quizzes/" + quizId),
            other.get("/quizzes/" + quizId + "/submissions"),
            other.get("/quizzes/" + quizId + "/results.csv"),
            other.post(
                "/quizzes/" + quizId + "/grade",
                Json.createObjectBuilder().add("job_id", uploadJob).build()),
            other.patch(
                "/submissions/" + submissionId + "/answers/1",
                Json.createObjectBuilder().add("correct", true).build()))) {
      assertThat(r.status()).as(r.toString()).isEqualTo(404);
    }
    assertThat(other.get("/quizzes").json().getJsonArray("data")).isEmpty();
  }

  @Test
  void invalidKeysAreRefusedWithTheProblem() {
    String duplicate =
        "{\"title\":\"T\",\"questions\":[{\"q\":1,\"accepted\":[\"a\"],\"type\":\"text\"},{\"q\":1,\"accepted\":[\"b\"],\"type\":\"text\"}]}";
    String badNumber =
        "{\"title\":\"T\",\"questions\":[{\"q\":1,\"accepted\":[\"four\"],\"type\":\"number\"}]}";
    String badPoints =
        "{\"title\":\"T\",\"questions\":[{\"q\":1,\"accepted\":[\"A\"],\"points\":0,\"type\":\"choice\"}]}";
    for (String body : List.of(duplicate, badNumber, badPoints, "{\"title\":\"T\"}", "not json")) {
      Api.Reply r = createQuiz(teacher, body);
      assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
    }
    assertThat(createQuiz(teacher, badNumber).json().getString("error")).contains("four");
  }

  static JsonObject submission(long id) {
    for (JsonValue v :
        teacher.get("/quizzes/" + quizId + "/submissions").json().getJsonArray("data")) {
      if (v.asJsonObject().getJsonNumber("id").longValue() == id) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("No submission " + id);
  }

  static JsonObject answer(JsonObject submission, int q) {
    return submission.getJsonArray("answers").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getInt("q") == q)
        .findFirst()
        .orElseThrow();
  }

  static String formatted(double v) {
    return v == Math.rint(v)
        ? Long.toString((long) v)
        : String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}
