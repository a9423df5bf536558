package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server killed (SIGKILL, as in a crash) while it reads a job's images, then started again:
 * accounts, sessions and finished jobs are still there, and the interrupted job completes from the
 * broker's persistent journal. This test starts the server itself (bin/standalone.sh, as
 * ./quizmarker does) in a server folder of its own, because it must kill the process.
 */
class RestartIT {
  static final Path JBOSS_HOME = Path.of(System.getProperty("qm.jboss.home"));
  static final Path BASE = JBOSS_HOME.getParent().resolve("restart-test-server");
  static Process server;

  @BeforeAll
  static void serverFolder() throws IOException {
    deleteTree(BASE);
    copyTree(JBOSS_HOME.resolve("standalone/configuration"), BASE.resolve("configuration"));
    Files.createDirectories(BASE.resolve("deployments"));
    Files.copy(Path.of(System.getProperty("qm.ear")), BASE.resolve("deployments/quizmarker.ear"));
  }

  @AfterAll
  static void stop() {
    kill();
  }

  @Test
  void dataSurvivesAndInterruptedJobsCompleteAfterACrash() throws Exception {
    start();
    Api teacher = Api.newTeacher();
    String finished = teacher.upload(Sheets.part("sheet_014")).json().getString("job_id");
    JsonObject before = Jobs.awaitEnded(teacher, finished);
    assertThat(before.getString("status")).isEqualTo("completed");

    List<Api.Part> parts = new ArrayList<>();
    for (String stem :
        List.of("sheet_021", "sheet_022", "sheet_023", "sheet_024", "sheet_025", "sheet_026")) {
      parts.add(Sheets.part(stem));
    }
    String interrupted = teacher.upload(parts, null).json().getString("job_id");
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> teacher.get("/jobs/" + interrupted).data().getInt("progress") > 5);
    kill();

    start();
    // sessions are rows in the database: the one signed in before the crash still works
    assertThat(teacher.get("/auth/me").status()).isEqualTo(200);
    Api again = Api.signedIn(teacher.username(), teacher.password());
    JsonObject after = again.get("/jobs/" + finished).data();
    assertThat(after.getString("status")).isEqualTo("completed");
    assertThat(after.getJsonArray("result").toString())
        .isEqualTo(before.getJsonArray("result").toString());
    JsonObject resumed = Jobs.awaitEnded(again, interrupted);
    assertThat(resumed.getString("status")).isEqualTo("completed");
    assertThat(resumed.getJsonArray("result")).hasSize(6);
    assertThat(
            resumed.getJsonArray("result").stream().map(v -> v.asJsonObject().getString("status")))
        .containsOnly("completed");
  }

  static void start() throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
            JBOSS_HOME.resolve("bin/standalone.sh").toString(),
            "-c",
            "standalone-full.xml",
            "-Djboss.server.base.dir=" + BASE,
            "-Djboss.socket.binding.port-offset=100",
            "-Dqm.redis.url=redis://127.0.0.1:" + TestRedis.port(),
            "-Dqm.admin.password=" + Api.ADMIN_PASSWORD,
            "-Dqm.workers=2");
    pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    pb.redirectErrorStream(true);
    pb.redirectOutput(BASE.resolve("console.log").toFile());
    server = pb.start();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> new Api().get("/auth/me").status() == 401);
  }

  static void kill() {
    if (server == null) {
      return;
    }
    server.descendants().forEach(ProcessHandle::destroyForcibly);
    server.destroyForcibly();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !server.isAlive() && server.descendants().noneMatch(ProcessHandle::isAlive));
    server = null;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
