package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pollers of a job's status and of the job list get a body-less 304 while nothing changed, and the
 * full answer with a new tag once something did (here: a teacher's override on an ended job, and a
 * new job in the list).
 */
class StatusCachingIT extends DeployedIT {
  static Api teacher;
  static long quizId;
  static String jobId;

  @BeforeAll
  static void oneMarkedSheet() throws IOException {
    teacher = Api.newTeacher();
    String key = Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json"));
    Api.Reply quiz =
        teacher.postRaw(
            "/quizzes", "application/json", key.getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(quiz.status()).as(quiz.toString()).isEqualTo(201);
    quizId = quiz.data().getJsonNumber("id").longValue();
    Api.Reply accepted = teacher.upload(List.of(Sheets.part("sheet_012")), Long.toString(quizId));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    jobId = accepted.json().getString("job_id");
    assertThat(Jobs.awaitEnded(teacher, jobId).getString("status")).isEqualTo("completed");
  }

  static Api.Reply getIfNoneMatch(String path, String tag) {
    return teacher.send(teacher.request(path).header("If-None-Match", tag).GET().build());
  }

  @Test
  void anUnchangedJobIs304AndAnOverriddenOneComesBackWithANewTag() {
    Api.Reply first = teacher.get("/jobs/" + jobId);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getBoolean("success")).isTrue();
    assertThat(first.data().getString("job_id")).isEqualTo(jobId);
    String tag = first.header("ETag");
    assertThat(tag).startsWith("W/\"");
    assertThat(first.header("Cache-Control")).contains("private").contains("no-cache");

    for (int i = 0; i < 2; i++) {
      Api.Reply same = getIfNoneMatch("/jobs/" + jobId, tag);
      assertThat(same.status()).as(same.toString()).isEqualTo(304);
      assertThat(same.body()).isEmpty();
      assertThat(same.header("ETag")).isEqualTo(tag);
    }
    assertThat(getIfNoneMatch("/jobs/" + jobId, "W/\"0-queued\"").status()).isEqualTo(200);

    JsonObject q2 = answer(first.data(), 2);
    boolean flipped = !q2.getBoolean("correct", false);
    long submissionId = submissionId();
    Api.Reply overridden =
        teacher.patch(
            "/submissions/" + submissionId + "/answers/2",
            Json.createObjectBuilder().add("correct", flipped).build());
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);

    Api.Reply changed = getIfNoneMatch("/jobs/" + jobId, tag);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(tag);
    assertThat(answer(changed.data(), 2).getBoolean("correct")).isEqualTo(flipped);
    assertThat(getIfNoneMatch("/jobs/" + jobId, changed.header("ETag")).status()).isEqualTo(304);
  }

  @Test
  void anUnchangedListIs304AndANewJobChangesItsTag() {
    Api.Reply list = teacher.get("/jobs");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.data().getJsonArray("jobs")).isNotEmpty();
    String tag = list.header("ETag");
    assertThat(tag).startsWith("W/\"");
    Api.Reply same = getIfNoneMatch("/jobs", tag);
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();

    String another = teacher.upload(Sheets.part("sheet_014")).json().getString("job_id");
    Api.Reply changed = getIfNoneMatch("/jobs", tag);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(tag);
    assertThat(changed.data().getJsonArray("jobs").getJsonObject(0).getString("job_id"))
        .isEqualTo(another);
    Jobs.awaitEnded(teacher, another);
  }

  static long submissionId() {
    return teacher
        .get("/quizzes/" + quizId + "/submissions")
        .json()
        .getJsonArray("data")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** Question {@code q} of the job's only sheet, as its result shows it. */
  static JsonObject answer(JsonObject job, int q) {
    return job
        .getJsonArray("result")
        .getJsonObject(0)
        .getJsonObject("data")
        .getJsonArray("answers")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getInt("q") == q)
        .findFirst()
        .orElseThrow();
  }
}
