package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's jobs: all users' jobs by status, a retry of failed images, the image cleanup. */
class AdminJobsIT extends DeployedIT {

  @Test
  void anAdminRetriesTheFailedImagesOfAJobAndTheJobEndsAgain() {
    Api teacher = Api.newTeacher();
    Api admin = Api.admin();
    byte[] sheet = Sheets.part("sheet_014").bytes();
    String jobId =
        teacher
            .upload(
                List.of(
                    new Api.Part("fault-until-retry.png", "image/png", sheet),
                    Sheets.part("sheet_018")),
                null)
            .json()
            .getString("job_id");
    JsonObject ended = Jobs.awaitEnded(teacher, jobId);
    assertThat(ended.getString("status")).isEqualTo("completed");
    assertThat(ended.getJsonArray("result").getJsonObject(0).getString("status"))
        .isEqualTo("failed");

    Api.Reply listed = admin.get("/admin/jobs?status=completed&per_page=100");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(
            listed.data().getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .map(j -> j.getJsonObject("job").getString("job_id")))
        .contains(jobId);
    assertThat(teacher.post("/admin/jobs/" + jobId + "/retry", empty()).status()).isEqualTo(403);

    Api.Reply retried = admin.post("/admin/jobs/" + jobId + "/retry", empty());

    assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
    assertThat(retried.header("Location")).endsWith("/api/v1/jobs/" + jobId);
    assertThat(retried.data().getJsonObject("job").getString("status")).isEqualTo("processing");
    JsonObject again = Jobs.awaitEnded(teacher, jobId);
    assertThat(again.getString("status")).isEqualTo("completed");
    JsonObject first = again.getJsonArray("result").getJsonObject(0);
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("completed");
    assertThat(first.getJsonObject("data").getString("student_name")).isNotBlank();

    Api.Reply nothingLeft = admin.post("/admin/jobs/" + jobId + "/retry", empty());
    assertThat(nothingLeft.status()).isEqualTo(409);
    assertThat(nothingLeft.code()).isEqualTo("NOTHING_TO_RETRY");
  }

  @Test
  void retryingWhatCannotBeRetriedIsRefused() {
    Api admin = Api.admin();
    Api.Reply unknown =
        admin.post("/admin/jobs/00000000-0000-0000-0000-000000000000/retry", empty());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("JOB_NOT_FOUND");
    assertThat(admin.post("/admin/jobs/not-a-job/retry", empty()).status()).isEqualTo(404);

    Api teacher = Api.newTeacher();
    String clean = teacher.upload(Sheets.part("sheet_018")).json().getString("job_id");
    Jobs.awaitEnded(teacher, clean);
    Api.Reply noFailures = admin.post("/admin/jobs/" + clean + "/retry", empty());
    assertThat(noFailures.status()).isEqualTo(409);
    assertThat(noFailures.code()).isEqualTo("NOTHING_TO_RETRY");
  }

  @Test
  void aCleanupDeletesTheStoredImagesOfEndedJobsAndKeepsTheirResults() {
    Api teacher = Api.newTeacher();
    Api admin = Api.admin();
    String jobId =
        teacher
            .upload(new Api.Part("garbled.png", "image/png", Pngs.withGarbageData()))
            .json()
            .getString("job_id");
    assertThat(Jobs.awaitEnded(teacher, jobId).getString("status")).isEqualTo("failed");
    long storedBefore =
        admin.get("/admin/overview").data().getJsonNumber("stored_images").longValue();
    assertThat(teacher.post("/admin/cleanup", empty()).status()).isEqualTo(403);

    for (String bad : List.of("{\"older_than_days\": -1}", "{\"older_than_days\": \"x\"}", "[1")) {
      Api.Reply refused =
          admin.postRaw("/admin/cleanup", "application/json", bad.getBytes(), Map.of());
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.code()).as(bad).isIn("INVALID_DAYS", "INVALID_BODY");
    }

    Api.Reply cleaned =
        admin.post("/admin/cleanup", Json.createObjectBuilder().add("older_than_days", 0).build());

    assertThat(cleaned.status()).as(cleaned.toString()).isEqualTo(200);
    assertThat(cleaned.data().getInt("deleted_images")).isPositive();
    long storedAfter =
        admin.get("/admin/overview").data().getJsonNumber("stored_images").longValue();
    assertThat(storedAfter).isLessThan(storedBefore);
    Api.Reply result = teacher.get("/jobs/" + jobId + "/result");
    assertThat(result.status()).isEqualTo(200);
    Api.Reply retry = admin.post("/admin/jobs/" + jobId + "/retry", empty());
    assertThat(retry.status()).isEqualTo(409);
    assertThat(retry.code()).isEqualTo("IMAGES_DELETED");
  }

  private static JsonObject empty() {
    return Json.createObjectBuilder().build();
  }
}
