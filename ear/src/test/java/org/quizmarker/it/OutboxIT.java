package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The work outbox (issue 10): an upload's messages are rows written in its transaction and sent
 * after the commit. A row the node did not send (as if it died right after the commit) is sent by
 * the sweeper, once; a message delivered twice ends its image once, and a grading step delivered
 * twice grades and counts each sheet once.
 */
class OutboxIT extends DeployedIT {

  @Test
  void aMessageLeftUnsentAfterTheCommitIsSentByTheSweeperExactlyOnce() throws Exception {
    Api teacher = Api.newTeacher();
    byte[] sheet = Sheets.part("sheet_011").bytes();
    long logFrom = ServerLog.size();

    String unsent =
        teacher
            .upload(new Api.Part("fault-unsent.png", "image/png", sheet))
            .json()
            .getString("job_id");
    String normal = teacher.upload(Sheets.part("sheet_012")).json().getString("job_id");

    JsonObject job = Jobs.awaitEnded(teacher, unsent);
    assertThat(job.getString("status")).isEqualTo("completed");
    assertThat(job.getInt("done_items")).isEqualTo(1);
    assertThat(job.getJsonArray("result").getJsonObject(0).getString("status"))
        .isEqualTo("completed");
    assertThat(Jobs.awaitEnded(teacher, normal).getString("status")).isEqualTo("completed");

    String log = ServerLog.since(logFrom);
    assertThat(count(log, "Job " + unsent + ": outbox message \\d+ left unsent after the commit"))
        .as("the send after the commit skipped it")
        .isEqualTo(1);
    assertThat(count(log, "Job " + unsent + ": outbox message \\d+ \\(image \\d+\\) was unsent"))
        .as("the sweeper sent it once")
        .isEqualTo(1);
    assertThat(count(log, "Job " + unsent + " image 1 of 1 \\(fault-unsent.png\\) read in"))
        .as("read once")
        .isEqualTo(1);
    assertThat(count(log, "Job " + normal + ": outbox message"))
        .as("an ordinary upload is sent after its commit, not by the sweeper")
        .isZero();
  }

  @Test
  void aMessageDeliveredTwiceEndsItsImageOnce() {
    Api teacher = Api.newTeacher();
    byte[] sheet = Sheets.part("sheet_013").bytes();
    String jobId =
        teacher
            .upload(new Api.Part("fault-twice.png", "image/png", sheet))
            .json()
            .getString("job_id");

    JsonObject job = Jobs.awaitEnded(teacher, jobId);

    assertThat(job.getString("status")).isEqualTo("completed");
    assertThat(job.getInt("total_items")).isEqualTo(1);
    assertThat(job.getInt("done_items")).isEqualTo(1);
    assertThat(job.getInt("failed_items")).isZero();
    assertThat(job.getInt("progress")).isEqualTo(100);
    assertThat(job.getJsonArray("result")).hasSize(1);
  }

  @Test
  void aGradingStepDeliveredTwiceGradesAndCountsEachSheetOnce() throws Exception {
    Api teacher = Api.newTeacher();
    String upload =
        teacher
            .upload(
                List.of(
                    new Api.Part(
                        "fault-grade-twice.png", "image/png", Sheets.part("sheet_004").bytes()),
                    Sheets.part("sheet_006")),
                null)
            .json()
            .getString("job_id");
    assertThat(Jobs.awaitEnded(teacher, upload).getString("status")).isEqualTo("completed");
    Api.Reply quiz =
        MarkingIT.createQuiz(
            teacher, Files.readString(Sheets.dev().resolve("key-fractions-and-decimals.json")));
    long quizId = quiz.data().getJsonNumber("id").longValue();
    long logFrom = ServerLog.size();

    String grading =
        teacher
            .post(
                "/quizzes/" + quizId + "/grade",
                Json.createObjectBuilder().add("job_id", upload).build())
            .json()
            .getString("job_id");
    JsonObject job = Jobs.awaitEnded(teacher, grading);

    assertThat(job.getString("status")).isEqualTo("completed");
    assertThat(job.getInt("total_items")).isEqualTo(2);
    assertThat(job.getInt("done_items")).isEqualTo(2);
    assertThat(job.getInt("failed_items")).isZero();
    assertThat(job.getInt("progress")).isEqualTo(100);
    assertThat(teacher.get("/quizzes/" + quizId + "/submissions").json().getInt("total"))
        .isEqualTo(2);
    String log = ServerLog.since(logFrom);
    assertThat(count(log, "Job " + grading + ": outbox message \\d+ sent twice"))
        .as("the step was sent twice")
        .isEqualTo(1);
    assertThat(count(log, "Job " + grading + ": sheet \\(image \\d+\\) graded already"))
        .as("the second delivery found sheets graded and skipped them")
        .isGreaterThanOrEqualTo(1);
  }

  private static long count(String log, String regex) {
    return Pattern.compile(regex).matcher(log).results().count();
  }
}
