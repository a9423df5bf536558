package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way an upload is refused: the right status and code, and nothing left behind — no job, no
 * image, no message.
 */
class UploadRefusalIT extends DeployedIT {
  static Api teacher;
  static long messagesBefore;
  static JsonObject overviewBefore;

  @BeforeAll
  static void counters() {
    teacher = Api.newTeacher();
    messagesBefore = Management.queueAttribute("QuizMarkerImages", "messages-added");
    overviewBefore = Api.admin().get("/admin/overview").data();
  }

  @AfterAll
  static void nothingWasLeftBehind() {
    assertThat(teacher.get("/jobs").data().getInt("total")).isZero();
    assertThat(Management.queueAttribute("QuizMarkerImages", "messages-added"))
        .isEqualTo(messagesBefore);
    JsonObject after = Api.admin().get("/admin/overview").data();
    assertThat(after.getJsonNumber("stored_images").longValue())
        .isEqualTo(overviewBefore.getJsonNumber("stored_images").longValue());
  }

  static Api.Part good() {
    return new Api.Part("good.png", "image/png", Sheets.part("sheet_014").bytes());
  }

  static void refused(Api.Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.json().getBoolean("success")).isFalse();
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.json().getString("error")).isNotBlank();
  }

  @Test
  void noFile() {
    refused(teacher.upload(List.of(), null), 400, "NO_FILES");
  }

  @Test
  void tooManyFiles() {
    List<Api.Part> parts = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      parts.add(new Api.Part("tiny" + i + ".png", "image/png", Pngs.claiming(4, 4)));
    }
    refused(teacher.upload(parts, null), 400, "TOO_MANY_FILES");
  }

  @Test
  void aFileOverTheSizeLimit() {
    byte[] big = Arrays.copyOf(Pngs.claiming(4, 4), 20 * 1024 * 1024 + 1);
    refused(
        teacher.upload(good(), new Api.Part("big.png", "image/png", big)), 413, "FILE_TOO_LARGE");
  }

  @Test
  void aRequestOverTheTotalLimitIsRefusedBeforeItIsRead() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", 8180)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/upload HTTP/1.1\r\nHost: 127.0.0.1:8180\r\n"
                  + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 300000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String head = readHead(socket.getInputStream());
      assertThat(head).startsWith("HTTP/1.1 413");
      assertThat(head).contains("REQUEST_TOO_LARGE");
    }
  }

  @Test
  void anEmptyFile() {
    refused(
        teacher.upload(good(), new Api.Part("empty.png", "image/png", new byte[0])),
        400,
        "EMPTY_FILE");
  }

  @Test
  void textRenamedAsAnImage() {
    refused(
        teacher.upload(
            new Api.Part("notes.png", "image/png", "Q1: Paris\n".getBytes(StandardCharsets.UTF_8))),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aPdfIsNotASupportedImage() {
    refused(
        teacher.upload(
            new Api.Part(
                "sheet.pdf",
                "application/pdf",
                "%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII))),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aDecompressionBombIsRefusedByItsHeader() {
    refused(
        teacher.upload(new Api.Part("bomb.png", "image/png", Pngs.claiming(20000, 20000))),
        413,
        "IMAGE_TOO_LARGE");
  }

  @Test
  void aTruncatedImage() {
    byte[] bytes = Sheets.part("sheet_014").bytes();
    refused(
        teacher.upload(
            new Api.Part("cut.png", "image/png", Arrays.copyOf(bytes, bytes.length / 2))),
        400,
        "CORRUPT_IMAGE");
  }

  @Test
  void aMalformedMultipartBody() {
    refused(
        teacher.postRaw(
            "/upload",
            "multipart/form-data; boundary=abc",
            "--abc\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"a.png\"\r\n\r\nno end"
                .getBytes(StandardCharsets.US_ASCII),
            Map.of()),
        400,
        "MALFORMED_MULTIPART");
  }

  @Test
  void aMultipartTypeWithoutBoundary() {
    refused(
        teacher.postRaw(
            "/upload",
            "multipart/form-data",
            "--x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            Map.of()),
        400,
        "MALFORMED_MULTIPART");
  }

  @Test
  void aBodyThatIsNotMultipart() {
    refused(
        teacher.post("/upload", Json.createObjectBuilder().add("files", "x").build()),
        415,
        "NOT_MULTIPART");
  }

  @Test
  void anUnknownQuiz() {
    refused(teacher.upload(List.of(good()), "999999"), 404, "QUIZ_NOT_FOUND");
    refused(teacher.upload(List.of(good()), "abc"), 400, "INVALID_QUIZ_ID");
  }

  @Test
  void aQuizOfAnotherUser() throws IOException {
    Api other = Api.newTeacher();
    String key = java.nio.file.Files.readString(Sheets.dev().resolve("key-us-history.json"));
    long quizId =
        other
            .postRaw("/quizzes", "application/json", key.getBytes(StandardCharsets.UTF_8), Map.of())
            .data()
            .getJsonNumber("id")
            .longValue();
    refused(teacher.upload(List.of(good()), Long.toString(quizId)), 404, "QUIZ_NOT_FOUND");
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    int n;
    while ((n = in.read(buf)) > 0) {
      head.write(buf, 0, n);
      if (head.toString(StandardCharsets.US_ASCII).contains("}")) {
        break;
      }
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
