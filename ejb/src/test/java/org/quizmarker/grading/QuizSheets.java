package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared test sheets: {@code -Dqm.quizsheets=DIR}, else {@code shared/quizsheets} above.
 */
final class QuizSheets {

  private QuizSheets() {}

  static Path folder() {
    String configured = System.getProperty("qm.quizsheets");
    if (configured != null && !configured.isBlank()) {
      Path path = Paths.get(configured);
      if (!Files.isDirectory(path)) {
        fail("qm.quizsheets=" + configured + " is not a directory");
      }
      return path;
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate :
          List.of(dir.resolve("shared/quizsheets"), dir.resolve("../shared/quizsheets"))) {
        if (Files.isDirectory(candidate)) {
          return candidate.normalize();
        }
      }
    }
    return fail(
        "no shared/quizsheets folder above "
            + Paths.get("").toAbsolutePath()
            + "; set -Dqm.quizsheets=DIR");
  }

  static Path dev() {
    return folder().resolve("dev");
  }

  static List<Path> devSheets() {
    try (Stream<Path> files = Files.list(dev())) {
      return files
          .filter(p -> p.getFileName().toString().matches("sheet_\\d+\\.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return fail("cannot list " + dev(), e);
    }
  }

  static List<Path> devKeys() {
    try (Stream<Path> files = Files.list(dev())) {
      return files
          .filter(p -> p.getFileName().toString().matches("key-.*\\.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return fail("cannot list " + dev(), e);
    }
  }

  static JsonObject readJson(Path file) {
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      return fail("cannot read " + file, e);
    }
  }
}
