package org.quizmarker.ocr;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shared QuizMarker test sheets: system property {@value #PROPERTY}, else the first {@code
 * shared/quizsheets} found walking up from the working directory (from {@code /work/main/ejb} that
 * is {@code /work/shared/quizsheets}). Tests that need them fail with a clear message when they are
 * missing: a skipped accuracy test would hide a regression.
 */
final class SampleSheets {

  static final String PROPERTY = "qm.quizsheets";

  private SampleSheets() {}

  static Optional<Path> root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)); // used as given: a wrong setting should fail loudly
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("quizsheets");
      if (Files.isDirectory(candidate.resolve("dev"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The path of a file in {@code dev/}; fails the calling test if the sheets are not there. */
  static Path dev(String fileName) {
    Optional<Path> root = root();
    if (root.isEmpty()) {
      fail(
          "the shared quiz sheets (shared/quizsheets/dev) were not found above "
              + Path.of("").toAbsolutePath()
              + "; set -D"
              + PROPERTY
              + "=<folder>");
    }
    Path file = root.get().resolve("dev").resolve(fileName);
    if (!Files.exists(file)) {
      fail("sample sheet file missing: " + file);
    }
    return file;
  }

  static byte[] bytes(String devFileName) {
    try {
      return Files.readAllBytes(dev(devFileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(String devFileName) {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(dev(devFileName)))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ground truth of a sheet, e.g. {@code sheet_014.png} gives {@code sheet_014.json}. */
  static JsonObject truthOf(String imageFileName) {
    return json(imageFileName.replaceFirst("\\.[a-z]+$", ".json"));
  }

  /** The manifest entries (image, gt, font_class, difficulty, ...) of all dev sheets. */
  static List<JsonObject> manifest() {
    return json("manifest.json").getJsonArray("sheets").getValuesAs(JsonObject.class);
  }

  static String firstImage(Predicate<JsonObject> entry) {
    return manifest().stream()
        .filter(entry)
        .map(e -> e.getString("image"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no dev sheet matches"));
  }

  /** A clean scan in a print font, stored as PNG. */
  static String cleanPrintPng() {
    return firstImage(
        e ->
            e.getString("difficulty").equals("clean")
                && e.getString("font_class").startsWith("print")
                && e.getString("image").endsWith(".png"));
  }

  static String anyJpeg() {
    return firstImage(e -> e.getString("image").endsWith(".jpg"));
  }
}
