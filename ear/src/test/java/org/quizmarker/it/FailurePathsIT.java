package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An image that cannot be read, a transient fault that outlives its retries, Redis going away. */
class FailurePathsIT extends DeployedIT {

  @Test
  void anImageThatCannotBeDecodedFailsAtOnceAndTheJobGoesOn() {
    Api teacher = Api.newTeacher();
    Api.Reply accepted =
        teacher.upload(
            List.of(
                new Api.Part("garbled.png", "image/png", Pngs.withGarbageData()),
                Sheets.part("sheet_014")),
            null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

    JsonObject job = Jobs.awaitEnded(teacher, accepted.json().getString("job_id"));

    assertThat(job.getString("status")).isEqualTo("completed");
    JsonObject failed = job.getJsonArray("result").getJsonObject(0);
    assertThat(failed.getString("filename")).isEqualTo("garbled.png");
    assertThat(failed.getString("status")).isEqualTo("failed");
    assertThat(failed.getString("error")).startsWith("Image cannot be decoded");
    assertThat(failed.isNull("data")).isTrue();
    assertThat(job.getJsonArray("result").getJsonObject(1).getString("status"))
        .isEqualTo("completed");
  }

  @Test
  void aJobWhoseOnlyImageFailsHasFailed() {
    Api teacher = Api.newTeacher();
    String jobId =
        teacher
            .upload(new Api.Part("garbled.png", "image/png", Pngs.withGarbageData()))
            .json()
            .getString("job_id");

    JsonObject job = Jobs.awaitEnded(teacher, jobId);

    assertThat(job.getString("status")).isEqualTo("failed");
    assertThat(job.getString("error")).contains("No image could be read");
    assertThat(teacher.get("/jobs/" + jobId + "/result").status()).isEqualTo(200);
  }

  @Test
  void aTransientFaultIsRetriedThenDeadLetteredWithoutBlockingOtherWork() {
    Api teacher = Api.newTeacher();
    long deadBefore = Management.queueAttribute("QuizMarkerImagesDLQ", "messages-added");
    byte[] sheet = Sheets.part("sheet_014").bytes();
    String faulty =
        teacher
            .upload(
                List.of(
                    new Api.Part("fault-transient.png", "image/png", sheet),
                    Sheets.part("sheet_017")),
                null)
            .json()
            .getString("job_id");
    String healthy = teacher.upload(Sheets.part("sheet_018")).json().getString("job_id");

    assertThat(Jobs.awaitEnded(teacher, healthy).getString("status")).isEqualTo("completed");
    JsonObject job = Jobs.awaitEnded(teacher, faulty);

    assertThat(job.getString("status")).isEqualTo("completed");
    JsonObject failed = job.getJsonArray("result").getJsonObject(0);
    assertThat(failed.getString("status")).isEqualTo("failed");
    assertThat(failed.getString("error"))
        .startsWith("Gave up after 3 attempt(s)")
        .contains("Injected transient fault");
    assertThat(job.getJsonArray("result").getJsonObject(1).getString("status"))
        .isEqualTo("completed");
    assertThat(Management.queueAttribute("QuizMarkerImagesDLQ", "messages-added"))
        .isEqualTo(deadBefore + 1);
    assertThat(Management.queueAttribute("QuizMarkerImagesDLQ", "message-count")).isZero();
  }

  @Test
  void aJobWhoseFinalisingMessageWasLostIsEndedByTheWatchdog() {
    Api teacher = Api.newTeacher();
    byte[] sheet = Sheets.part("sheet_018").bytes();
    String jobId =
        teacher
            .upload(new Api.Part("fault-lost-finalise.png", "image/png", sheet))
            .json()
            .getString("job_id");
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> teacher.get("/jobs/" + jobId).data().getInt("progress") == 95);
    assertThat(teacher.get("/jobs/" + jobId).data().getString("status")).isEqualTo("processing");

    // the watchdog checks every minute and acts on the second sighting
    JsonObject job = Jobs.awaitEnded(teacher, jobId, Duration.ofMinutes(4));

    assertThat(job.getString("status")).isEqualTo("completed");
    assertThat(job.getJsonArray("result").getJsonObject(0).getString("status"))
        .isEqualTo("completed");
  }

  @Test
  void withRedisDownStatusIsServedFromTheDatabaseAndJobsComplete() throws Exception {
    Api teacher = Api.newTeacher();
    String before = teacher.upload(Sheets.part("sheet_019")).json().getString("job_id");
    Jobs.awaitEnded(teacher, before);
    try {
      TestRedis.stop();
      assertThat(TestRedis.answers()).isFalse();

      Api.Reply status = teacher.get("/jobs/" + before);
      assertThat(status.status()).isEqualTo(200);
      assertThat(status.data().getString("status")).isEqualTo("completed");

      Api.Reply accepted = teacher.upload(Sheets.part("sheet_020"));
      assertThat(accepted.status()).isEqualTo(202);
      String during = accepted.json().getString("job_id");
      assertThat(Jobs.awaitEnded(teacher, during).getString("status")).isEqualTo("completed");
      assertThat(Api.admin().get("/admin/overview").data().getBoolean("progress_cache_available"))
          .isFalse();
      // still ready: status is served from the database
      var ready = ObservabilityIT.get(ObservabilityIT.HTTP + "/api/v1/health");
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(
              ObservabilityIT.quizmarkerCheck(ready.body())
                  .getJsonObject("data")
                  .getString("progress_cache"))
          .isEqualTo("DOWN");
    } finally {
      TestRedis.start();
    }
    String after = teacher.upload(Sheets.part("sheet_014")).json().getString("job_id");
    assertThat(Jobs.awaitEnded(teacher, after).getString("status")).isEqualTo("completed");
    assertThat(teacher.get("/jobs/" + before).data().getString("status")).isEqualTo("completed");
  }
}
