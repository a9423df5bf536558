package org.quizmarker.accuracy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.quizmarker.grading.AnswerDecision;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerKeyJson;
import org.quizmarker.grading.GradedSheet;
import org.quizmarker.grading.Grader;
import org.quizmarker.grading.Normalizer;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.TesseractEngine;
import org.quizmarker.reading.SheetPipeline;

/**
 * Reading and grading accuracy of {@link SheetPipeline} against raw Tesseract (psm 6 on the
 * unprocessed image, same parser and grader).
 *
 * <p>Usage: {@code AccuracyBenchmark [FOLDER] [--only REGEX] [--verbose] [--threads N]}. FOLDER
 * defaults to the dev sheets ({@code -Dqm.quizsheets=DIR}, else {@code shared/quizsheets} found
 * walking up from the working directory). A folder with {@code sheet_NNN.json} files is read and
 * graded sheet by sheet; any other folder is searched for images, each read without a key and
 * compared with {@code <name>.gt.txt} when there is one (character error rate).
 *
 * <p>Prints figures only; there are no pass/fail thresholds.
 */
public final class AccuracyBenchmark {

  private static final Duration TIMEOUT = Duration.ofSeconds(180);
  private static final long MAX_PIXELS = 120_000_000L;

  private final boolean verbose;
  private final String only;
  private final int threads;
  private final PrintStream out = System.out;

  private final Path dump;

  private AccuracyBenchmark(boolean verbose, String only, int threads, Path dump) {
    this.dump = dump;
    this.verbose = verbose;
    this.only = only;
    this.threads = threads;
  }

  public static void main(String[] args) throws Exception {
    Path folder = null;
    boolean verbose = false;
    String only = null;
    Path dump = null;
    int threads = 2;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verbose", "-v" -> verbose = true;
        case "--only" -> only = args[++i];
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--dump" -> dump = Paths.get(args[++i]);
        default -> folder = Paths.get(args[i]);
      }
    }
    if (folder == null) {
      folder = defaultFolder();
    }
    if (!Files.isDirectory(folder)) {
      System.err.println("not a folder: " + folder);
      System.exit(2);
    }
    new AccuracyBenchmark(verbose, only, threads, dump).run(folder.toAbsolutePath().normalize());
    System.exit(0);
  }

  /** The dev sheets: {@code -Dqm.quizsheets=DIR}/dev, else shared/quizsheets/dev above. */
  static Path defaultFolder() {
    String configured = System.getProperty("qm.quizsheets");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).resolve("dev");
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate :
          List.of(dir.resolve("shared/quizsheets"), dir.resolve("../shared/quizsheets"))) {
        if (Files.isDirectory(candidate.resolve("dev"))) {
          return candidate.resolve("dev").normalize();
        }
      }
    }
    throw new IllegalStateException("no shared/quizsheets above the working directory");
  }

  private void run(Path folder) throws Exception {
    List<Path> sheets;
    try (Stream<Path> files = Files.list(folder)) {
      sheets =
          files
              .filter(p -> p.getFileName().toString().matches("sheet_\\d+\\.json"))
              .filter(p -> only == null || p.getFileName().toString().matches(only + ".*"))
              .sorted()
              .toList();
    }
    try (TesseractEngine engine = new TesseractEngine(threads)) {
      SheetPipeline mine = new SheetPipeline(engine, options());
      SheetPipeline raw = new SheetPipeline(engine, SheetPipeline.Options.RAW);
      boolean devFormat;
      try (Stream<Path> files = Files.list(folder)) {
        devFormat = files.anyMatch(p -> p.getFileName().toString().matches("sheet_\\d+\\.json"));
      }
      if (devFormat) {
        runSheets(folder, sheets, mine, raw);
      } else {
        runImages(folder, mine, raw);
      }
    }
  }

  /** The default options, each overridable by a system property {@code qm.pipeline.NAME}. */
  static SheetPipeline.Options options() {
    SheetPipeline.Options d = SheetPipeline.Options.DEFAULT;
    return new SheetPipeline.Options(
        Boolean.parseBoolean(System.getProperty("qm.pipeline.preprocess", "" + d.preprocess())),
        Boolean.parseBoolean(System.getProperty("qm.pipeline.reread", "" + d.reread())),
        prop("minOrientationConfidence", d.minOrientationConfidence()),
        prop("maxUnevenness", d.maxUnevenness()),
        prop("maxNoise", d.maxNoise()),
        prop("minSkewDegrees", d.minSkewDegrees()),
        prop("minTextHeight", d.minTextHeight()),
        prop("targetTextHeight", d.targetTextHeight()));
  }

  private static double prop(String name, double fallback) {
    return Double.parseDouble(System.getProperty("qm.pipeline." + name, "" + fallback));
  }

  // ---------------------------------------------------------------- sheets with ground truth

  /** The figures of one reading variant on one sheet. */
  record Figures(
      int answers,
      int exact,
      int decided,
      int decidedRight,
      int names,
      int sheets,
      double seconds,
      List<String> notes) {

    static Figures empty() {
      return new Figures(0, 0, 0, 0, 0, 0, 0, List.of());
    }

    Figures plus(Figures o) {
      return new Figures(
          answers + o.answers,
          exact + o.exact,
          decided + o.decided,
          decidedRight + o.decidedRight,
          names + o.names,
          sheets + o.sheets,
          seconds + o.seconds,
          List.of());
    }
  }

  record SheetOutcome(
      String id,
      String difficulty,
      String fontClass,
      Figures mine,
      Figures raw,
      String diag,
      List<String> rereads) {}

  private void runSheets(Path folder, List<Path> sheets, SheetPipeline mine, SheetPipeline raw)
      throws Exception {
    Map<String, AnswerKey> keys = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<SheetOutcome>> futures = new ArrayList<>();
    long wall = System.nanoTime();
    for (Path sheet : sheets) {
      JsonObject truth = readJson(sheet);
      String keyFile =
          truth.containsKey("key") && !truth.isNull("key")
              ? truth.getString("key")
              : "key-" + slug(truth.getString("quiz_title", "")) + ".json";
      AnswerKey key =
          keys.computeIfAbsent(
              keyFile,
              f -> {
                Path p = folder.resolve(f);
                if (!Files.isRegularFile(p)) {
                  return null;
                }
                try (InputStream in = Files.newInputStream(p)) {
                  return AnswerKeyJson.read(in);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      futures.add(pool.submit(() -> evaluate(folder, truth, key, mine, raw)));
    }
    List<SheetOutcome> outcomes = new ArrayList<>();
    for (Future<SheetOutcome> f : futures) {
      SheetOutcome o = f.get();
      outcomes.add(o);
      if (verbose) {
        out.printf(
            Locale.ROOT,
            "%s %-9s %-12s exact %2d/%2d (raw %2d) auto %2d right %2d (raw %2d/%2d) name %d/%d"
                + " %.1fs %s%n",
            o.id,
            o.difficulty,
            o.fontClass,
            o.mine.exact,
            o.mine.answers,
            o.raw.exact,
            o.mine.decided,
            o.mine.decidedRight,
            o.raw.decided,
            o.raw.decidedRight,
            o.mine.names,
            o.raw.names,
            o.mine.seconds,
            o.diag);
        o.mine.notes.forEach(n -> out.println("    " + n));
        o.rereads.forEach(n -> out.println("    REREAD " + n));
      }
    }
    pool.shutdown();
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    Map<String, Figures[]> groups = new LinkedHashMap<>();
    Map<String, Figures[]> byDifficulty = new TreeMap<>();
    Map<String, Figures[]> byFont = new TreeMap<>();
    for (SheetOutcome o : outcomes) {
      add(groups, "ALL", o);
      add(byDifficulty, difficultyLabel(o.difficulty), o);
      add(byFont, o.fontClass, o);
    }
    groups.putAll(byDifficulty);
    groups.putAll(byFont);
    out.println();
    out.printf(
        Locale.ROOT,
        "%s: %d sheets, %.0f s wall with %d threads. Each cell: pipeline | raw Tesseract psm 6%n",
        folder,
        outcomes.size(),
        wallSeconds,
        threads);
    out.println(
        "exact = answer text recovered exactly (README normalisation); auto = share of answers"
            + " decided without review; auto right = automatic decisions agreeing with the truth;"
            + " s/sheet = reading time per sheet (one thread)");
    out.println();
    out.printf(
        "| %-16s | %6s | %-35s | %-35s | %-35s | %-13s | %-11s |%n",
        "group", "sheets", "exact", "auto", "auto right", "names", "s/sheet");
    out.println(
        "|------------------|--------|-------------------------------------|------------------------------"
            + "-------|-------------------------------------|---------------|-------------|");
    for (Map.Entry<String, Figures[]> e : groups.entrySet()) {
      Figures m = e.getValue()[0];
      Figures r = e.getValue()[1];
      out.printf(
          Locale.ROOT,
          "| %-16s | %6d | %-35s | %-35s | %-35s | %-13s | %-11s |%n",
          e.getKey(),
          m.sheets,
          ratio(m.exact, m.answers) + " | " + ratio(r.exact, r.answers),
          ratio(m.decided, m.answers) + " | " + ratio(r.decided, r.answers),
          ratio(m.decidedRight, m.decided) + " | " + ratio(r.decidedRight, r.decided),
          m.names + "/" + m.sheets + " | " + r.names + "/" + r.sheets,
          String.format(Locale.ROOT, "%.2f | %.2f", m.seconds / m.sheets, r.seconds / r.sheets));
    }
  }

  private static String difficultyLabel(String difficulty) {
    return switch (difficulty) {
      case "clean" -> "1 clean";
      case "mild" -> "2 mild";
      case "moderate" -> "3 moderate";
      case "hard" -> "4 hard";
      default -> difficulty;
    };
  }

  private static void add(Map<String, Figures[]> groups, String name, SheetOutcome o) {
    Figures[] f =
        groups.computeIfAbsent(name, k -> new Figures[] {Figures.empty(), Figures.empty()});
    f[0] = f[0].plus(o.mine);
    f[1] = f[1].plus(o.raw);
  }

  private static String ratio(int a, int b) {
    return b == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%5.1f%% %-9s", 100.0 * a / b, "(" + a + "/" + b + ")");
  }

  private SheetOutcome evaluate(
      Path folder, JsonObject truth, AnswerKey key, SheetPipeline mine, SheetPipeline raw)
      throws Exception {
    String image = truth.getString("image");
    byte[] bytes = Files.readAllBytes(folder.resolve(image));
    DecodedImage decoded = new ImageDecoder().decode(bytes, MAX_PIXELS);
    long t0 = System.nanoTime();
    SheetPipeline.Result m = mine.read(decoded, TIMEOUT, key);
    double mineSeconds = (System.nanoTime() - t0) / 1e9;
    if (dump != null && m.processedImage() != null) {
      Files.createDirectories(dump);
      javax.imageio.ImageIO.write(
          m.processedImage().toImage(),
          "png",
          dump.resolve(image.replaceFirst("\\.[a-z]+$", "") + ".pre.png").toFile());
    }
    t0 = System.nanoTime();
    SheetPipeline.Result r = raw.read(decoded, TIMEOUT, key);
    double rawSeconds = (System.nanoTime() - t0) / 1e9;
    JsonObject font = truth.getJsonObject("font");
    String fontClass = font == null ? "unknown" : font.getString("class", "unknown");
    SheetPipeline.Diagnostics d = m.diagnostics();
    String diag =
        String.format(
            Locale.ROOT,
            "[%s unev %.3f noise %.1f skew %.2f textH %.0f osd %s turn %d scale %.2f reread %d/%d]",
            d.preprocessed() ? "PRE" : "raw",
            d.unevenness(),
            d.noise(),
            d.skewDegrees(),
            d.textHeight(),
            orientationText(d),
            d.quarterTurn(),
            d.scale(),
            d.rereadsKept(),
            d.rereads());
    return new SheetOutcome(
        image.replaceFirst("\\.[a-z]+$", ""),
        truth.getString("difficulty", "unknown"),
        fontClass,
        figures(truth, key, m.sheet(), mineSeconds),
        figures(truth, key, r.sheet(), rawSeconds),
        diag,
        rereadNotes(truth, d.rereadLog()));
  }

  /** The re-read log with the true answer appended to each entry. */
  private static List<String> rereadNotes(JsonObject truth, List<String> log) {
    Map<Integer, String> texts = new HashMap<>();
    for (JsonValue v : truth.getJsonArray("answers")) {
      texts.put(v.asJsonObject().getInt("q"), v.asJsonObject().getString("text"));
    }
    List<String> notes = new ArrayList<>();
    for (String entry : log) {
      int q = Integer.parseInt(entry.substring(1, entry.indexOf(' ')));
      notes.add(entry + " | truth '" + texts.get(q) + "'");
    }
    return notes;
  }

  private static Figures figures(
      JsonObject truth, AnswerKey key, ParsedSheet sheet, double seconds) {
    int answers = 0;
    int exact = 0;
    int decided = 0;
    int decidedRight = 0;
    List<String> notes = new ArrayList<>();
    GradedSheet graded = key == null ? null : new Grader().grade(key, sheet);
    for (JsonValue v : truth.getJsonArray("answers")) {
      JsonObject a = v.asJsonObject();
      int q = a.getInt("q");
      String text = a.getString("text");
      answers++;
      String read = sheet.answer(q).map(ParsedAnswer::text).orElse(null);
      boolean isExact =
          read != null && Normalizer.normalize(read).equals(Normalizer.normalize(text));
      if (isExact) {
        exact++;
      }
      if (graded != null) {
        AnswerDecision decision = graded.answer(q).orElse(null);
        if (decision != null && !decision.needsReview()) {
          decided++;
          boolean right =
              decision.correct() != null && decision.correct() == a.getBoolean("correct");
          if (right) {
            decidedRight++;
          } else {
            notes.add(
                String.format(
                    Locale.ROOT,
                    "WRONG AUTO q%d truth '%s' (%s) read '%s' conf %.0f",
                    q,
                    text,
                    a.getBoolean("correct"),
                    decision.text(),
                    decision.confidence()));
          }
        } else {
          notes.add(
              String.format(
                  Locale.ROOT,
                  "%sq%d truth '%s' read '%s' conf %.0f %s",
                  isExact ? "EXACT " : "",
                  q,
                  text,
                  read,
                  decision == null || decision.confidence() == null ? -1.0 : decision.confidence(),
                  decision == null ? "" : decision.reason()));
        }
      }
    }
    String name = truth.isNull("student_name") ? null : truth.getString("student_name", null);
    int names =
        name != null
                && sheet.studentName() != null
                && Normalizer.normalize(sheet.studentName()).equals(Normalizer.normalize(name))
            ? 1
            : 0;
    return new Figures(answers, exact, decided, decidedRight, names, 1, seconds, notes);
  }

  // ---------------------------------------------------------------- other images

  private void runImages(Path folder, SheetPipeline mine, SheetPipeline raw) throws Exception {
    List<Path> images;
    try (Stream<Path> files = Files.walk(folder)) {
      images =
          files
              .filter(Files::isRegularFile)
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .toLowerCase(Locale.ROOT)
                          .matches(".*\\.(tiff?|png|jpe?g)"))
              .filter(p -> only == null || p.getFileName().toString().matches(only + ".*"))
              .sorted()
              .toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> rows = new ArrayList<>();
    for (Path image : images) {
      rows.add(pool.submit(() -> imageRow(folder, image, mine, raw)));
    }
    out.printf(
        "%s: %d images. Each cell: pipeline | raw Tesseract psm 6%n%n", folder, images.size());
    out.printf("| %-52s | %-15s | %-13s | %s%n", "image", "CER", "s/img", "notes");
    out.println(
        "|------------------------------------------------------|-----------------|---------------|------");
    for (Future<String> f : rows) {
      out.println(f.get());
    }
    pool.shutdown();
  }

  private String imageRow(Path folder, Path image, SheetPipeline mine, SheetPipeline raw) {
    String name = folder.relativize(image).toString();
    try {
      DecodedImage decoded = new ImageDecoder().decode(Files.readAllBytes(image), MAX_PIXELS);
      long t0 = System.nanoTime();
      SheetPipeline.Result m = mine.read(decoded, TIMEOUT, null);
      double ms = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      SheetPipeline.Result r = raw.read(decoded, TIMEOUT, null);
      double rs = (System.nanoTime() - t0) / 1e9;
      String base = image.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      Path gt = image.resolveSibling(base + ".gt.txt");
      String cer = "n/a";
      if (Files.isRegularFile(gt)) {
        String truth = Files.readString(gt, StandardCharsets.UTF_8);
        cer =
            String.format(
                Locale.ROOT,
                "%.3f | %.3f",
                cer(truth, m.page().text()),
                cer(truth, r.page().text()));
      }
      SheetPipeline.Diagnostics d = m.diagnostics();
      return String.format(
          Locale.ROOT,
          "| %-52s | %-15s | %5.2f | %5.2f | %s osd %s turn %d skew %.2f scale %.2f unev %.2f",
          name,
          cer,
          ms,
          rs,
          d.preprocessed() ? "preprocessed" : "as decoded",
          orientationText(d),
          d.quarterTurn(),
          d.skewDegrees(),
          d.scale(),
          d.unevenness());
    } catch (Exception | OutOfMemoryError e) {
      return String.format("| %-52s | failed: %s", name, e);
    }
  }

  /**
   * Character error rate: each non-blank ground-truth line against the closest OCR line
   * (case-insensitive, whitespace collapsed), summed edit distance over summed length.
   */
  static double cer(String truth, String ocr) {
    List<String> ocrLines =
        Arrays.stream(ocr.split("\\R"))
            .map(AccuracyBenchmark::cerNorm)
            .filter(s -> !s.isEmpty())
            .toList();
    long distance = 0;
    long length = 0;
    for (String line : truth.split("\\R")) {
      String t = cerNorm(line);
      if (t.isEmpty()) {
        continue;
      }
      int best = t.length();
      for (String o : ocrLines) {
        if (Math.abs(o.length() - t.length()) < best) {
          best = Math.min(best, levenshtein(t, o));
        }
      }
      distance += best;
      length += t.length();
    }
    return length == 0 ? 0 : (double) distance / length;
  }

  private static String cerNorm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static JsonObject readJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  /** OSD's answer as "degrees@confidence", or "-" when it was not run. */
  private static String orientationText(SheetPipeline.Diagnostics d) {
    return d.orientation() == null
        ? "-"
        : d.orientation().degreesClockwise()
            + "@"
            + String.format(Locale.ROOT, "%.1f", d.orientation().confidence());
  }
}
