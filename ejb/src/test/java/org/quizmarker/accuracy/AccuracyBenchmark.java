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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.quizmarker.grading.AnswerDecision;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerKeyJson;
import org.quizmarker.grading.CommitteeRule;
import org.quizmarker.grading.Grader;
import org.quizmarker.grading.GradingPolicy;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.Normalizer;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.ReaderText;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.TesseractEngine;
import org.quizmarker.ocr.ppocr.PpOcrEngine;
import org.quizmarker.ocr.ppocr.PpOcrModels;
import org.quizmarker.reading.SheetPipeline;
import org.quizmarker.reading.SheetReadingJson;
import org.quizmarker.reading.StageTimes;
import org.quizmarker.reading.StageTimes.Stage;

/**
 * Reading and grading accuracy of the reading committee ({@link SheetPipeline} with Tesseract and
 * PP-OCR): exact readings per engine, the share of answers decided automatically and how many of
 * those decisions are right, review reasons and CPU per stage, by font class, font and difficulty,
 * and the committee rule fitted with leave-one-font-out cross-validation. A folder without {@code
 * sheet_NNN.json} files (real images) is read without a key and compared by character error rate
 * with raw Tesseract.
 *
 * <p>Usage: {@code AccuracyBenchmark [FOLDER] [--only REGEX] [--verbose] [--threads N]}; with
 * {@code --engines-only} it measures the committee's floor instead ({@link EngineFloor}). FOLDER
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

  /**
   * {@code --save-readings FILE} keeps what the readers read; {@code --load-readings FILE} grades
   * that again without OCR (CPU figures are then zero): for fitting rules quickly.
   */
  private static Path saveReadings;

  private static Path loadReadings;

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
    boolean enginesOnly = false;
    saveReadings = null;
    loadReadings = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verbose", "-v" -> verbose = true;
        case "--only" -> only = args[++i];
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--dump" -> dump = Paths.get(args[++i]);
        case "--save-readings" -> saveReadings = Paths.get(args[++i]);
        case "--load-readings" -> loadReadings = Paths.get(args[++i]);
        case "--engines-only" -> enginesOnly = true;
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
    if (enginesOnly) {
      new EngineFloor(System.out, threads).run(folder.toAbsolutePath(), engineSettings());
      System.exit(0);
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
    try (TesseractEngine engine = new TesseractEngine(threads);
        PpOcrModels models = new PpOcrModels()) {
      SheetPipeline committee =
          new SheetPipeline(
              engine, new PpOcrEngine(models, engineSettings()), SheetPipeline.Options.DEFAULT);
      SheetPipeline raw = new SheetPipeline(engine, null, SheetPipeline.Options.RAW);
      if (!sheets.isEmpty()) {
        runSheets(folder, sheets, committee);
      } else {
        runImages(folder, committee, raw);
      }
    }
  }

  /**
   * The engine's defaults, overridable by {@code -Dqm.ppocr.detectionSide}, {@code minWidth},
   * {@code linePad} and {@code textRegionOnly}.
   */
  static PpOcrEngine.Settings engineSettings() {
    PpOcrEngine.Settings d = PpOcrEngine.Settings.DEFAULT;
    return new PpOcrEngine.Settings(
        Integer.getInteger("qm.ppocr.detectionSide", d.detectionSide()),
        d.post(),
        Integer.getInteger("qm.ppocr.minWidth", d.minRecognitionWidth()),
        Double.parseDouble(System.getProperty("qm.ppocr.linePad", "" + d.linePad())),
        Boolean.parseBoolean(
            System.getProperty("qm.ppocr.textRegionOnly", "" + d.textRegionOnly())));
  }

  // ---------------------------------------------------------------- sheets with ground truth

  /** One answer of the truth with what the pipeline read for it. */
  record TruthAnswer(int q, String text, boolean correct, ParsedAnswer read) {}

  /** One sheet read by the pipeline. */
  record ReadSheet(
      String id,
      String font,
      String fontClass,
      String difficulty,
      AnswerKey key,
      List<TruthAnswer> answers,
      StageTimes stageTimes,
      String diag) {}

  /** Counts of one group of answers under one rule. */
  static final class Tally {
    int sheets;
    int answers;
    int decided;
    int decidedRight;
    int tesseractDecided;
    int tesseractDecidedRight;
    final Map<String, int[]> exactByEngine = new TreeMap<>(); // engine -> {exact, read}
    int committeeExact;
    final Map<String, Integer> reasons = new TreeMap<>();
    final Map<Stage, Long> cpuNanos = new EnumMap<>(Stage.class);

    double autoShare() {
      return answers == 0 ? 0 : 100.0 * decided / answers;
    }

    double accuracy() {
      return decided == 0 ? 100 : 100.0 * decidedRight / decided;
    }
  }

  private void runSheets(Path folder, List<Path> sheets, SheetPipeline committee) throws Exception {
    Map<String, AnswerKey> keys = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<ReadSheet>> futures = new ArrayList<>();
    long wall = System.nanoTime();
    for (Path sheet : sheets) {
      JsonObject truth = readJson(sheet);
      String keyFile = truth.getString("key");
      AnswerKey key =
          keys.computeIfAbsent(
              keyFile,
              f -> {
                try (InputStream in = Files.newInputStream(folder.resolve(f))) {
                  return AnswerKeyJson.read(in);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      if (loadReadings != null) {
        futures.add(
            java.util.concurrent.CompletableFuture.completedFuture(loadedSheet(truth, key)));
        continue;
      }
      futures.add(pool.submit(() -> readSheet(folder, truth, key, committee)));
    }
    List<ReadSheet> read = new ArrayList<>();
    for (Future<ReadSheet> f : futures) {
      read.add(f.get());
    }
    if (saveReadings != null) {
      saveReadings(read, keys);
    }
    read = read.stream().map(AccuracyBenchmark::scoredOnce).toList();
    pool.shutdown();
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    CommitteeRule inSample = fit(read, s -> true, TARGET_ACCURACY);
    out.printf(
        Locale.ROOT,
        "%s: %d sheets read in %.0f s wall with %d threads.%n",
        folder,
        read.size(),
        wallSeconds,
        threads);
    out.printf(
        Locale.ROOT,
        "Committee rule in use: %s; fitted on these sheets: %s%n%n",
        CommitteeRule.DEFAULT,
        inSample);
    if (verbose) {
      for (ReadSheet s : read) {
        printSheet(s, CommitteeRule.DEFAULT);
      }
    }
    printKeyScores(read);
    printGroups(read, CommitteeRule.DEFAULT);
    for (double target : new double[] {TARGET_ACCURACY, 99.8}) {
      printLeaveOneFontOut(read, target);
    }
  }

  private ReadSheet readSheet(Path folder, JsonObject truth, AnswerKey key, SheetPipeline pipeline)
      throws Exception {
    String image = truth.getString("image");
    DecodedImage decoded =
        new ImageDecoder().decode(Files.readAllBytes(folder.resolve(image)), MAX_PIXELS);
    SheetPipeline.Result result = pipeline.read(decoded, TIMEOUT, key);
    if (dump != null && result.processedImage() != null) {
      Files.createDirectories(dump);
      javax.imageio.ImageIO.write(
          result.processedImage().toImage(),
          "png",
          dump.resolve(image.replaceFirst("\\.[a-z]+$", "") + ".pre.png").toFile());
    }
    List<TruthAnswer> answers = new ArrayList<>();
    for (JsonValue v : truth.getJsonArray("answers")) {
      JsonObject a = v.asJsonObject();
      int q = a.getInt("q");
      answers.add(
          new TruthAnswer(
              q,
              a.getString("text"),
              a.getBoolean("correct"),
              result.sheet().answer(q).orElse(null)));
    }
    JsonObject font = truth.getJsonObject("font");
    SheetPipeline.Diagnostics d = result.diagnostics();
    String diag =
        String.format(
            Locale.ROOT,
            "[%s unev %.3f noise %.1f skew %.2f textH %.0f osd %s turn %d scale %.2f lines %d]",
            d.preprocessed() ? "PRE" : "raw",
            d.unevenness(),
            d.noise(),
            d.skewDegrees(),
            d.textHeight(),
            orientationText(d),
            d.quarterTurn(),
            d.scale(),
            d.ppocrLines());
    return new ReadSheet(
        image.replaceFirst("\\.[a-z]+$", ""),
        font.getString("name"),
        font.getString("class"),
        truth.getString("difficulty"),
        key,
        answers,
        d.stageTimes(),
        diag);
  }

  /**
   * {@code s} with its readings' key scores computed (and lattices dropped): the score depends only
   * on the key, and the fit grades every answer under many rules.
   */
  private static ReadSheet scoredOnce(ReadSheet s) {
    List<TruthAnswer> answers = new ArrayList<>();
    for (TruthAnswer a : s.answers()) {
      ParsedAnswer read = a.read();
      if (read != null && !read.readings().isEmpty()) {
        KeyQuestion question = s.key().question(a.q()).orElseThrow();
        read =
            read.withReadings(
                org.quizmarker.grading.KeyVerification.scored(question, read.readings()));
      }
      answers.add(new TruthAnswer(a.q(), a.text(), a.correct(), read));
    }
    return new ReadSheet(
        s.id(),
        s.font(),
        s.fontClass(),
        s.difficulty(),
        s.key(),
        answers,
        s.stageTimes(),
        s.diag());
  }

  private Map<String, ParsedSheet> loaded;

  private ReadSheet loadedSheet(JsonObject truth, AnswerKey key) throws IOException {
    if (loaded == null) {
      loaded = new HashMap<>();
      JsonObject all = readJson(loadReadings);
      all.forEach((id, v) -> loaded.put(id, SheetReadingJson.read(v.toString())));
    }
    String image = truth.getString("image");
    String id = image.replaceFirst("\\.[a-z]+$", "");
    ParsedSheet sheet = loaded.get(id);
    List<TruthAnswer> answers = new ArrayList<>();
    for (JsonValue v : truth.getJsonArray("answers")) {
      JsonObject a = v.asJsonObject();
      int q = a.getInt("q");
      answers.add(
          new TruthAnswer(
              q, a.getString("text"), a.getBoolean("correct"), sheet.answer(q).orElse(null)));
    }
    JsonObject font = truth.getJsonObject("font");
    return new ReadSheet(
        id,
        font.getString("name"),
        font.getString("class"),
        truth.getString("difficulty"),
        key,
        answers,
        new StageTimes(Map.of(Stage.COMBINE, 0L)),
        "[loaded]");
  }

  private static void saveReadings(List<ReadSheet> read, Map<String, AnswerKey> keys)
      throws IOException {
    jakarta.json.JsonObjectBuilder all = Json.createObjectBuilder();
    for (ReadSheet s : read) {
      List<ParsedAnswer> answers =
          s.answers().stream().map(TruthAnswer::read).filter(a -> a != null).toList();
      String json = SheetReadingJson.write(new ParsedSheet(null, null, null, answers, List.of()));
      try (JsonReader r = Json.createReader(new java.io.StringReader(json))) {
        all.add(s.id(), r.readObject());
      }
    }
    Files.writeString(saveReadings, all.build().toString());
  }

  private static boolean exact(String read, String truth) {
    return read != null && Normalizer.normalize(read).equals(Normalizer.normalize(truth));
  }

  /** Adds one sheet graded under {@code rule} to {@code t}. */
  private static void tally(Tally t, ReadSheet s, CommitteeRule rule) {
    Grader committee = new Grader(GradingPolicy.DEFAULT.withCommittee(rule));
    Grader alone = new Grader();
    t.sheets++;
    s.stageTimes().cpuNanos().forEach((stage, n) -> t.cpuNanos.merge(stage, n, Long::sum));
    for (TruthAnswer a : s.answers()) {
      t.answers++;
      KeyQuestion question = s.key().question(a.q()).orElseThrow();
      AnswerDecision d = committee.decide(question, a.read());
      if (!d.needsReview()) {
        t.decided++;
        if (Boolean.valueOf(a.correct()).equals(d.correct())) {
          t.decidedRight++;
        }
      } else {
        t.reasons.merge(d.reason().wireName(), 1, Integer::sum);
      }
      if (exact(d.text(), a.text())) {
        t.committeeExact++;
      }
      ParsedAnswer tesseractOnly = tesseractOnly(a.read());
      AnswerDecision byTesseract = alone.decide(question, tesseractOnly);
      if (!byTesseract.needsReview()) {
        t.tesseractDecided++;
        if (Boolean.valueOf(a.correct()).equals(byTesseract.correct())) {
          t.tesseractDecidedRight++;
        }
      }
      for (String engine :
          List.of(ReaderText.TESSERACT, ReaderText.PPOCR_V4, ReaderText.PPOCR_V3)) {
        int[] c = t.exactByEngine.computeIfAbsent(engine, e -> new int[2]);
        ReaderText r = reading(a.read(), engine);
        if (r != null) {
          c[1]++;
          if (exact(r.text(), a.text())) {
            c[0]++;
          }
        }
      }
    }
  }

  /** The answer as Tesseract alone read it (null when Tesseract did not read it). */
  private static ParsedAnswer tesseractOnly(ParsedAnswer answer) {
    if (answer == null) {
      return null;
    }
    if (answer.readings().isEmpty()) {
      return answer;
    }
    ReaderText t = reading(answer, ReaderText.TESSERACT);
    return t == null ? null : answer.withReading(t.text(), t.confidence()).withReadings(List.of());
  }

  private static ReaderText reading(ParsedAnswer answer, String engine) {
    if (answer == null) {
      return null;
    }
    if (answer.readings().isEmpty()) {
      return ReaderText.TESSERACT.equals(engine)
          ? new ReaderText(engine, answer.text(), answer.confidence())
          : null;
    }
    return answer.readings().stream()
        .filter(r -> r.engine().equals(engine))
        .findFirst()
        .orElse(null);
  }

  private void printSheet(ReadSheet s, CommitteeRule rule) {
    Grader grader = new Grader(GradingPolicy.DEFAULT.withCommittee(rule));
    out.printf(
        Locale.ROOT,
        "%s %-16s %-9s cpu %.2fs %s%n",
        s.id(),
        s.font(),
        s.difficulty(),
        s.stageTimes().totalNanos() / 1e9,
        s.diag());
    for (TruthAnswer a : s.answers()) {
      AnswerDecision d = grader.decide(s.key().question(a.q()).orElseThrow(), a.read());
      boolean right = Boolean.valueOf(a.correct()).equals(d.correct());
      String mark = d.needsReview() ? "review " + d.reason() : right ? "auto ok" : "AUTO WRONG";
      StringBuilder readings = new StringBuilder();
      if (a.read() != null) {
        KeyQuestion question = s.key().question(a.q()).orElseThrow();
        for (ReaderText r :
            org.quizmarker.grading.KeyVerification.scored(question, a.read().readings())) {
          readings.append(
              String.format(
                  Locale.ROOT,
                  " %s '%s' %.0f%s;",
                  r.engine(),
                  r.text(),
                  r.confidence(),
                  r.keyScore() == null
                      ? ""
                      : String.format(Locale.ROOT, " key %.1f", r.keyScore())));
        }
      }
      out.printf(
          Locale.ROOT,
          "    q%-2d truth '%s' (%s) -> %s:%s%n",
          a.q(),
          a.text(),
          a.correct(),
          mark,
          readings);
    }
  }

  private void printGroups(List<ReadSheet> read, CommitteeRule rule) {
    Map<String, Tally> groups = new LinkedHashMap<>();
    Map<String, Tally> byClass = new TreeMap<>();
    Map<String, Tally> byFont = new TreeMap<>();
    Map<String, Tally> byDifficulty = new TreeMap<>();
    for (ReadSheet s : read) {
      tally(groups.computeIfAbsent("all", k -> new Tally()), s, rule);
      tally(byClass.computeIfAbsent("class " + s.fontClass(), k -> new Tally()), s, rule);
      tally(byFont.computeIfAbsent("font " + s.font(), k -> new Tally()), s, rule);
      tally(
          byDifficulty.computeIfAbsent(difficultyLabel(s.difficulty()), k -> new Tally()), s, rule);
    }
    groups.putAll(byClass);
    groups.putAll(byFont);
    groups.putAll(byDifficulty);
    out.println(
        "exact = answer recovered exactly (README normalisation) by each reader, and by the"
            + " committee's chosen reading; v3 reads only the lines where Tesseract and v4 disagree"
            + " (exact/read). auto = decided without review; right = automatic decisions agreeing"
            + " with the truth; Tesseract alone = its reading graded by the one-reader rule.");
    out.println();
    out.printf(
        "| %-24s | %4s | %-11s | %-11s | %-11s | %-11s | %-20s | %-20s | %-20s |%n",
        "group",
        "ans",
        "tesseract",
        "ppocr-v4",
        "ppocr-v3",
        "committee",
        "auto (committee)",
        "auto right",
        "Tesseract alone auto");
    out.println(
        "|"
            + "-".repeat(26)
            + "|------|"
            + "-------------|".repeat(4)
            + "----------------------|".repeat(3));
    for (Map.Entry<String, Tally> e : groups.entrySet()) {
      Tally t = e.getValue();
      out.printf(
          Locale.ROOT,
          "| %-24s | %4d | %-11s | %-11s | %-11s | %-11s | %-20s | %-20s | %-20s |%n",
          e.getKey(),
          t.answers,
          pct(t.exactByEngine.get(ReaderText.TESSERACT)[0], t.answers),
          pct(t.exactByEngine.get(ReaderText.PPOCR_V4)[0], t.answers),
          t.exactByEngine.get(ReaderText.PPOCR_V3)[0]
              + "/"
              + t.exactByEngine.get(ReaderText.PPOCR_V3)[1],
          pct(t.committeeExact, t.answers),
          ratio(t.decided, t.answers),
          ratio(t.decidedRight, t.decided),
          ratio(t.tesseractDecided, t.answers)
              + " "
              + pct(t.tesseractDecidedRight, t.tesseractDecided));
    }
    out.println();
    out.println("Review reasons (committee):");
    for (Map.Entry<String, Tally> e : groups.entrySet()) {
      out.printf(Locale.ROOT, "  %-24s %s%n", e.getKey(), e.getValue().reasons);
    }
    out.println();
    out.println("CPU seconds per sheet by stage (reading thread):");
    out.printf("| %-24s |", "group");
    for (Stage stage : Stage.values()) {
      out.printf(" %-13s |", stage.name().toLowerCase(Locale.ROOT));
    }
    out.printf(" %-9s | %-9s |%n", "total", "committee");
    for (Map.Entry<String, Tally> e : groups.entrySet()) {
      Tally t = e.getValue();
      out.printf("| %-24s |", e.getKey());
      long total = 0;
      for (Stage stage : Stage.values()) {
        long n = t.cpuNanos.getOrDefault(stage, 0L);
        total += n;
        out.printf(Locale.ROOT, " %-13.3f |", n / 1e9 / t.sheets);
      }
      long added =
          t.cpuNanos.getOrDefault(Stage.DETECT, 0L)
              + t.cpuNanos.getOrDefault(Stage.READ_PPOCR_V4, 0L)
              + t.cpuNanos.getOrDefault(Stage.READ_PPOCR_V3, 0L);
      out.printf(
          Locale.ROOT, " %-9.3f | %-9.3f |%n", total / 1e9 / t.sheets, added / 1e9 / t.sheets);
    }
    out.println("(committee = detect + ppocr reads: the CPU the second reader adds per sheet)");
    Tally all = groups.values().iterator().next();
    long overhead =
        all.cpuNanos.getOrDefault(Stage.MEASURE, 0L)
            + all.cpuNanos.getOrDefault(Stage.TRANSFORM, 0L)
            + all.cpuNanos.getOrDefault(Stage.COMBINE, 0L);
    long engines = all.cpuNanos.values().stream().mapToLong(Long::longValue).sum() - overhead;
    if (engines > 0) {
      out.printf(
          Locale.ROOT,
          "Reading overhead (measure + transform + combine) over the engines' CPU (tesseract,"
              + " orientation, detect, ppocr reads), %s: %.1f %%%n",
          groups.keySet().iterator().next(),
          100.0 * overhead / engines);
    }
    out.println();
  }

  // ---------------------------------------------------------------- calibration

  /** The candidate rules, from the most permissive. */
  static List<CommitteeRule> candidates() {
    List<CommitteeRule> rules = new ArrayList<>();
    double[] agreed = {0, 20, 40, 50, 60, 70, 80, 90};
    double[] pair = {50, 60, 70, 80, 85, 90, 93, 95, 97, 98, 99, 101};
    for (boolean dissent : new boolean[] {true, false}) {
      for (boolean nearMiss : new boolean[] {true, false}) {
        for (double a : agreed) {
          for (double p : pair) {
            rules.add(new CommitteeRule(a, p, nearMiss, dissent));
          }
        }
      }
    }
    return rules;
  }

  /** Target of the fit: at least this share of automatic decisions right. */
  static final double TARGET_ACCURACY = 99.5;

  /**
   * The rule deciding the most answers of the selected sheets with at least {@value
   * #TARGET_ACCURACY} % of the decisions right and every clean sheet's decisions right; among
   * equals the strictest.
   */
  static CommitteeRule fit(
      List<ReadSheet> read, java.util.function.Predicate<ReadSheet> train, double target) {
    CommitteeRule agreement = fitRules(read, train, target, candidates(), null);
    return fitRules(read, train, target, keyScoreCandidates(agreement), agreement);
  }

  /**
   * A key-score threshold is kept only if the training sheets would still meet the targets with it
   * this much (in nats) more permissive: the few wrong answers near the key must not set the
   * threshold to the edge of the training data.
   */
  static final double KEY_SCORE_MARGIN = 2.0;

  /** Key-score thresholds (min to decide right, max to decide wrong), from the most permissive. */
  static final double[] MIN_KEY_SCORES = {-4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5};

  static final double[] MAX_WRONG_KEY_SCORES = {-6, -8, -10, -15, -20, -30};

  /**
   * Whether the fit may use key scores to decide answers wrong ({@code -Dqm.fit.wrong=true}). Off:
   * measured on the dev sheets it decided a right answer wrong (both models read {@code 7.25} as
   * {@code 15}, key scores -40 and -37), see the README.
   */
  static final boolean FIT_WRONG =
      Boolean.parseBoolean(System.getProperty("qm.fit.wrong", "false"));

  /** {@code base} with the key-score thresholds to try, from the most permissive; last: none. */
  static List<CommitteeRule> keyScoreCandidates(CommitteeRule base) {
    List<CommitteeRule> rules = new ArrayList<>();
    List<Double> wrong = new ArrayList<>();
    if (FIT_WRONG) {
      for (double w : MAX_WRONG_KEY_SCORES) {
        wrong.add(w);
      }
    }
    wrong.add(Double.NEGATIVE_INFINITY);
    for (double w : wrong) {
      for (double m : MIN_KEY_SCORES) {
        rules.add(base.withKeyScores(m, w));
      }
      rules.add(base.withKeyScores(Double.POSITIVE_INFINITY, w));
    }
    return rules;
  }

  private static CommitteeRule fitRules(
      List<ReadSheet> read,
      java.util.function.Predicate<ReadSheet> train,
      double target,
      List<CommitteeRule> candidates,
      CommitteeRule fallback) {
    CommitteeRule best = null;
    int bestDecided = -1;
    for (CommitteeRule rule : candidates) {
      Tally all = new Tally();
      Tally clean = new Tally();
      Tally loose = new Tally();
      Tally looseClean = new Tally();
      CommitteeRule loosened =
          rule.withKeyScores(
              rule.minKeyScore() - KEY_SCORE_MARGIN, rule.maxWrongKeyScore() + KEY_SCORE_MARGIN);
      for (ReadSheet s : read) {
        if (!train.test(s)) {
          continue;
        }
        tally(all, s, rule);
        tally(loose, s, loosened);
        if (s.difficulty().equals("clean")) {
          tally(clean, s, rule);
          tally(looseClean, s, loosened);
        }
      }
      boolean ok =
          all.accuracy() >= target
              && clean.decided == clean.decidedRight
              && loose.accuracy() >= target
              && looseClean.decided == looseClean.decidedRight;
      if (ok && all.decided >= bestDecided) {
        // >= : later candidates are stricter, so among equals the strictest wins
        best = rule;
        bestDecided = all.decided;
      }
    }
    if (best != null) {
      return best;
    }
    return fallback != null ? fallback : new CommitteeRule(101, 101, false, false);
  }

  /**
   * How the key scores separate right from wrong answers among those the readers did not settle:
   * the lower (for right answers) and higher (wrong) of the two models' scores, as counts per bin.
   */
  private void printKeyScores(List<ReadSheet> read) {
    CommitteeRule agreementOnly =
        CommitteeRule.DEFAULT.withKeyScores(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    Grader byAgreement = new Grader(GradingPolicy.DEFAULT.withCommittee(agreementOnly));
    double[] bins = {0, -0.5, -1, -1.5, -2, -3, -4, -5, -6, -8, -10, -15, -20, -30};
    Map<String, int[]> rows = new TreeMap<>();
    int noLattice = 0;
    for (ReadSheet s : read) {
      for (TruthAnswer a : s.answers()) {
        KeyQuestion question = s.key().question(a.q()).orElseThrow();
        AnswerDecision d = byAgreement.decide(question, a.read());
        if (!d.needsReview() || a.read() == null) {
          continue;
        }
        List<ReaderText> scored =
            org.quizmarker.grading.KeyVerification.scored(question, a.read().readings());
        Double v4 = null;
        Double v3 = null;
        for (ReaderText r : scored) {
          if (r.keyScore() != null && r.engine().equals(ReaderText.PPOCR_V4)) {
            v4 = r.keyScore();
          } else if (r.keyScore() != null && r.engine().equals(ReaderText.PPOCR_V3)) {
            v3 = r.keyScore();
          }
        }
        if (v4 == null || v3 == null) {
          noLattice++;
          continue;
        }
        double x = a.correct() ? Math.min(v4, v3) : Math.max(v4, v3);
        int bin = bins.length;
        for (int i = 0; i < bins.length; i++) {
          if (x >= bins[i]) {
            bin = i;
            break;
          }
        }
        String label = (a.correct() ? "right" : "wrong") + " (" + s.fontClass() + ")";
        rows.computeIfAbsent(label, k -> new int[bins.length + 1])[bin]++;
        if (verbose && !a.correct() && x >= -8) {
          out.printf(
              Locale.ROOT,
              "  near key: %s q%d truth '%s' key %s v4 %.2f v3 %.2f %s%n",
              s.id(),
              a.q(),
              a.text(),
              question.accepted(),
              v4,
              v3,
              a.read().readings());
        }
      }
    }
    out.println(
        "Key scores of the answers the readers did not settle (both PP-OCR lattices; right"
            + " answers by the lower score of v4 and v3, wrong ones by the higher), counts per bin"
            + " (bin = score at least this); without both lattices: "
            + noLattice);
    StringBuilder head = new StringBuilder(String.format("| %-28s |", "truth"));
    for (double b : bins) {
      head.append(String.format(Locale.ROOT, " %5.1f |", b));
    }
    out.println(head + " lower |");
    for (Map.Entry<String, int[]> e : rows.entrySet()) {
      StringBuilder row = new StringBuilder(String.format("| %-28s |", e.getKey()));
      for (int c : e.getValue()) {
        row.append(String.format(" %5d |", c));
      }
      out.println(row);
    }
    out.println();
  }

  private void printLeaveOneFontOut(List<ReadSheet> read, double target) {
    out.printf(
        Locale.ROOT,
        "Leave one font out, fitting for %.1f %% right: the rule fitted on the other fonts'"
            + " sheets, measured on the font's own (auto share and its accuracy), next to the"
            + " in-sample figures of the rule in use (%s).%n",
        target,
        CommitteeRule.DEFAULT);
    out.printf(
        "| %-18s | %-72s | %-20s | %-20s | %-20s | %-20s |%n",
        "held-out font",
        "rule fitted without it",
        "LOFO auto",
        "LOFO right",
        "in-sample auto",
        "in-sample right");
    out.println(
        "|" + "-".repeat(20) + "|" + "-".repeat(74) + "|" + "----------------------|".repeat(4));
    TreeSet<String> fonts = new TreeSet<>();
    read.forEach(s -> fonts.add(s.font()));
    Tally lofo = new Tally();
    Tally inSample = new Tally();
    for (String font : fonts) {
      CommitteeRule rule = fit(read, s -> !s.font().equals(font), target);
      Tally held = new Tally();
      Tally in = new Tally();
      for (ReadSheet s : read) {
        if (s.font().equals(font)) {
          tally(held, s, rule);
          tally(lofo, s, rule);
          tally(in, s, CommitteeRule.DEFAULT);
          tally(inSample, s, CommitteeRule.DEFAULT);
        }
      }
      out.printf(
          Locale.ROOT,
          "| %-18s | %-72s | %-20s | %-20s | %-20s | %-20s |%n",
          font,
          String.format(
              Locale.ROOT,
              "agreed>=%.0f pair>=%.0f nearMiss=%s dissent=%s key>=%s wrong<%s",
              rule.minAgreedConfidence(),
              rule.minPairConfidence(),
              rule.agreedNearMissDecides() ? "decide" : "review",
              rule.dissentAllowed() ? "decide" : "review",
              rule.minKeyScore(),
              rule.maxWrongKeyScore()),
          ratio(held.decided, held.answers),
          ratio(held.decidedRight, held.decided),
          ratio(in.decided, in.answers),
          ratio(in.decidedRight, in.decided));
    }
    out.printf(
        Locale.ROOT,
        "| %-18s | %-72s | %-20s | %-20s | %-20s | %-20s |%n",
        "all (pooled)",
        "",
        ratio(lofo.decided, lofo.answers),
        ratio(lofo.decidedRight, lofo.decided),
        ratio(inSample.decided, inSample.answers),
        ratio(inSample.decidedRight, inSample.decided));
    out.println();
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

  private static String pct(int a, int b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * a / b);
  }

  private static String ratio(int a, int b) {
    return b == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%5.1f%% %-9s", 100.0 * a / b, "(" + a + "/" + b + ")");
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
