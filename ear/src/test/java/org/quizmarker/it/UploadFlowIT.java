package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The walking skeleton: upload → queue → read by Tesseract → result, followed by polling. */
class UploadFlowIT extends DeployedIT {

  @Test
  void oneSheetIsReadAsTheTesseractCliReadsIt() throws Exception {
    Api teacher = Api.newTeacher();
    String stem = Sheets.cleanPrintedPngs().get(0);

    Api.Reply accepted = teacher.upload(Sheets.part(stem));

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String jobId = accepted.json().getString("job_id");
    assertThat(accepted.header("Location")).endsWith("/api/v1/jobs/" + jobId);
    assertThat(accepted.json().getBoolean("success")).isTrue();
    assertThat(accepted.json().getString("status")).isEqualTo("queued");
    assertThat(accepted.json().getString("message"))
        .isEqualTo("Upload successful. Processing 1 image in background.");
    assertThat(accepted.data().getInt("total_images")).isEqualTo(1);
    assertThat(accepted.data().getString("job_status_url")).isEqualTo("/api/v1/jobs/" + jobId);
    assertThat(accepted.data().getString("estimated_time")).matches("\\d+-\\d+ seconds");

    JsonObject job = Jobs.awaitEnded(teacher, jobId);

    assertThat(job.getString("status")).isEqualTo("completed");
    assertThat(job.getInt("progress")).isEqualTo(100);
    assertThat(job.getString("current_step")).isEqualTo("Image processing complete");
    assertThat(job.getString("job_type")).isEqualTo("upload");
    assertThat(job.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(job.isNull("error")).isTrue();
    JsonObject entry = job.getJsonArray("result").getJsonObject(0);
    assertThat(entry.getString("status")).isEqualTo("completed");
    assertThat(entry.getString("filename")).isEqualTo(Sheets.image(stem).getFileName().toString());
    String text = entry.getJsonObject("data").getString("handwritten_content");
    assertThat(normalise(text)).isEqualTo(normalise(tesseractCli(Sheets.image(stem))));
    assertThat(entry.getJsonObject("data").getInt("question_count"))
        .isEqualTo(Sheets.truth(stem).getJsonArray("answers").size());

    Api.Reply result = teacher.get("/jobs/" + jobId + "/result");
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.json().getJsonArray("data")).hasSize(1);
  }

  @Test
  void severalSheetsKeepUploadOrderAndProgressOnlyClimbs() {
    Api teacher = Api.newTeacher();
    List<String> stems = List.of("sheet_003", "sheet_001", "sheet_002", "sheet_004");
    List<Api.Part> parts = stems.stream().map(Sheets::part).toList();

    Api.Reply accepted = teacher.upload(parts, null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String jobId = accepted.json().getString("job_id");

    List<String> steps = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    Api.Reply early = teacher.get("/jobs/" + jobId + "/result");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.code()).isEqualTo("JOB_NOT_COMPLETED");
    long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(3);
    JsonObject job;
    do {
      job = teacher.get("/jobs/" + jobId).data();
      steps.add(job.getString("current_step"));
      progress.add(job.getInt("progress"));
    } while (!job.getString("status").equals("completed") && System.currentTimeMillis() < deadline);

    assertThat(job.getString("status")).isEqualTo("completed");
    assertThat(progress).isSorted();
    assertThat(progress.get(progress.size() - 1)).isEqualTo(100);
    assertThat(steps).anyMatch(s -> s.matches("Processing image [1-4] of 4"));
    assertThat(steps.get(steps.size() - 1)).isEqualTo("Image processing complete");
    List<String> names =
        job.getJsonArray("result").stream()
            .map(v -> v.asJsonObject().getString("filename"))
            .toList();
    assertThat(names)
        .containsExactlyElementsOf(
            stems.stream().map(s -> Sheets.image(s).getFileName().toString()).toList());
  }

  @Test
  void aCancelledJobSkipsItsRemainingImages() {
    Api teacher = Api.newTeacher();
    List<Api.Part> parts =
        List.of("sheet_005", "sheet_006", "sheet_007", "sheet_008", "sheet_009", "sheet_010")
            .stream()
            .map(Sheets::part)
            .toList();
    String jobId = teacher.upload(parts, null).json().getString("job_id");

    Api.Reply cancelled = teacher.delete("/jobs/" + jobId);

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.data().getString("status")).isEqualTo("cancelled");
    assertThat(teacher.delete("/jobs/" + jobId).status()).isEqualTo(409);
    assertThat(teacher.get("/jobs/" + jobId + "/result").status()).isEqualTo(409);
    JsonObject job = Jobs.awaitEnded(teacher, jobId);
    assertThat(job.getString("status")).isEqualTo("cancelled");
    assertThat(job.isNull("result")).isTrue();
  }

  static String normalise(String text) {
    return text.replace("\f", "").strip().replaceAll("[ \\t]+\\n", "\n");
  }

  static String tesseractCli(Path image) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "-", "--psm", "6");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return out;
  }
}
