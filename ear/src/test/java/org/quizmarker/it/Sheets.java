package org.quizmarker.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample answer sheets of ../shared/quizsheets/dev with their ground truth. */
public final class Sheets {
  private Sheets() {}

  public static Path dev() {
    Path dir =
        Path.of(System.getProperty("qm.quizsheets", "../../shared/quizsheets")).resolve("dev");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("Sample sheets not found at " + dir.toAbsolutePath());
    }
    return dir;
  }

  /** The truth of a sheet, e.g. {@code sheet_001}. */
  public static JsonObject truth(String stem) {
    try {
      return Json.createReader(new StringReader(Files.readString(dev().resolve(stem + ".json"))))
          .readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path image(String stem) {
    return dev().resolve(truth(stem).getString("image"));
  }

  public static Api.Part part(String stem) {
    Path image = image(stem);
    try {
      String name = image.getFileName().toString();
      return new Api.Part(
          name, name.endsWith(".png") ? "image/png" : "image/jpeg", Files.readAllBytes(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clean scans in a printed sans-serif font, as PNG, in name order: what Tesseract reads best. */
  public static List<String> cleanPrintedPngs() {
    try (Stream<Path> files = Files.list(dev())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("sheet_\\d+\\.json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .filter(s -> truth(s).getString("difficulty").equals("clean"))
          .filter(s -> truth(s).getString("image").endsWith(".png"))
          .filter(s -> truth(s).getJsonObject("font").getString("class").equals("print_sans"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
