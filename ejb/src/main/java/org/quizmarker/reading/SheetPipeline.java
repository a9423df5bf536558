package org.quizmarker.reading;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerParser;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.TextLine;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.OcrEngine;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrRequest;
import org.quizmarker.ocr.OcrResult;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.Orientation;
import org.quizmarker.ocr.ppocr.PpOcrEngine;
import org.quizmarker.ocr.preprocess.Deskew;
import org.quizmarker.ocr.preprocess.Filters;
import org.quizmarker.ocr.preprocess.Geometry;
import org.quizmarker.ocr.preprocess.GreyPixels;
import org.quizmarker.ocr.preprocess.Illumination;
import org.quizmarker.ocr.preprocess.PageTransform;
import org.quizmarker.ocr.preprocess.TextSize;
import org.quizmarker.reading.StageTimes.Stage;

/**
 * Reads one decoded sheet image in named stages: measure the page, plan what it needs, transform
 * it, read it with Tesseract, find its lines with PP-OCR's detector, read each line with PP-OCR,
 * and combine the readings per answer. Plain Java, thread-safe when its engines are.
 *
 * <p>An image that needs nothing (upright, even white background, no noise, straight, text big
 * enough) is read by Tesseract exactly as decoded, so its text equals what {@code tesseract IMAGE -
 * --psm 6} prints.
 */
public final class SheetPipeline {

  /**
   * Mean confidence of a psm 6 reading above which the page is taken as upright without OSD.
   * Measured on the 40 dev sheets read upright and turned by 90° and 180°: turned pages scored
   * 17–53, upright printed ones 73–94 (upright handwriting 30–65 still gets OSD).
   */
  static final double UPRIGHT_CONFIDENCE = 60;

  /**
   * Tuning of the pipeline.
   *
   * @param preprocess whether to measure and preprocess at all (off: raw Tesseract)
   * @param minOrientationConfidence OSD confidence from which a page detected as turned is turned
   *     back
   * @param maxUnevenness background unevenness ({@link Illumination#unevenness()}) up to which the
   *     background is left alone
   * @param maxNoise noise ({@link Illumination#noise}) up to which no denoising is needed
   * @param minSkewDegrees skew from which the page is straightened
   * @param minTextHeight median ink component height (px) under which a preprocessed page is
   *     enlarged; under 3/4 of it the page is preprocessed for that alone
   * @param targetTextHeight the component height an enlarged page aims for
   */
  public record Options(
      boolean preprocess,
      double minOrientationConfidence,
      double maxUnevenness,
      double maxNoise,
      double minSkewDegrees,
      double minTextHeight,
      double targetTextHeight) {

    public static final Options DEFAULT = new Options(true, 2.0, 0.10, 2.0, 1.0, 20, 32);

    /** Raw Tesseract: psm 6 on the decoded image, nothing else. */
    public static final Options RAW = new Options(false, 2.0, 0.10, 2.0, 1.0, 20, 32);
  }

  /** What the measure stage found: light, noise, and (for a plain page) skew and text height. */
  record Measurement(
      GreyPixels grey,
      Illumination light,
      double unevenness,
      double noise,
      Double plainSkew,
      Double plainTextHeight,
      OcrResult uprightRead,
      Orientation orientation,
      int quarterTurn) {}

  /**
   * What the plan stage decided the page needs.
   *
   * @param flat the page turned and evened out, when planning needed it (else null)
   */
  record Plan(
      GreyPixels flat,
      int quarterTurn,
      boolean uneven,
      boolean noisy,
      double skew,
      double textHeight,
      boolean preprocess,
      double scale) {}

  /** The page as it will be read, and how to map positions back onto the decoded image. */
  record PreparedPage(GreyPixels pixels, PageTransform transform, Integer dpi) {}

  /**
   * What was measured and done.
   *
   * @param orientation OSD's answer, or null when not run or not detected
   * @param quarterTurn the clockwise quarter turn applied (0 when none)
   * @param scale the enlargement applied (1 when none)
   * @param ppocrLines text lines PP-OCR's detector found (0 without the committee)
   */
  public record Diagnostics(
      boolean preprocessed,
      double unevenness,
      double noise,
      double skewDegrees,
      double textHeight,
      Orientation orientation,
      int quarterTurn,
      double scale,
      int ppocrLines,
      StageTimes stageTimes) {}

  /**
   * The reading of one sheet.
   *
   * @param page Tesseract's page reading (of the preprocessed image when there was preprocessing)
   * @param sheet the parsed sheet; each answer carries every reader's reading; boxes on the decoded
   *     image
   * @param processedImage the image the page was read from, or null when it was the decoded one
   */
  public record Result(
      OcrResult page,
      ParsedSheet sheet,
      Diagnostics diagnostics,
      long millis,
      GreyPixels processedImage) {}

  private final OcrEngine tesseract;
  private final Committee committee;
  private final Options options;
  private final AnswerParser parser = new AnswerParser();

  /**
   * @param tesseract the page reader (Tesseract: also detects orientation)
   * @param ppocr the second reader, or null for Tesseract alone
   */
  public SheetPipeline(OcrEngine tesseract, PpOcrEngine ppocr, Options options) {
    this.tesseract = Objects.requireNonNull(tesseract, "tesseract");
    this.committee = ppocr == null ? null : new Committee(ppocr, parser);
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads a sheet.
   *
   * @param key the answer key, or null: it gives each answer's type, which decides where the third
   *     reader is needed
   * @throws OcrTimeoutException when reading takes longer than {@code timeout} (checked inside
   *     Tesseract, between stages and between line reads)
   */
  public Result read(DecodedImage image, Duration timeout, AnswerKey key)
      throws OcrTimeoutException, OcrFailedException {
    long start = System.nanoTime();
    Deadline deadline = new Deadline(start, timeout);
    StageTimes.Clock clock = new StageTimes.Clock();
    if (!options.preprocess()) {
      clock.enter(Stage.TESSERACT);
      OcrResult page = tesseract.read(image.image(), pageRequest(deadline, image.dpi()));
      clock.enter(Stage.COMBINE);
      ParsedSheet sheet = parser.parse(lines(page));
      return new Result(
          page,
          sheet,
          new Diagnostics(false, 0, 0, 0, 0, null, 0, 1, 0, clock.stop()),
          elapsedMillis(start),
          null);
    }
    clock.enter(Stage.MEASURE);
    Measurement measured = measure(image, deadline, clock);
    Plan plan = plan(measured);
    deadline.check();
    clock.enter(Stage.TRANSFORM);
    PreparedPage prepared = transform(measured, plan, image.dpi());
    deadline.check();
    clock.enter(Stage.TESSERACT);
    OcrResult page =
        plan.preprocess() || measured.uprightRead() == null
            ? tesseract.read(
                plan.preprocess() ? prepared.pixels().toImage() : image.image(),
                pageRequest(deadline, prepared.dpi()))
            : measured.uprightRead();
    ParsedSheet sheet;
    int ppocrLines = 0;
    if (committee == null) {
      clock.enter(Stage.COMBINE);
      sheet = parser.parse(lines(page));
    } else {
      Committee.Reading reading = committee.read(prepared.pixels(), page, key, deadline, clock);
      sheet = reading.sheet();
      ppocrLines = reading.detectedLines();
    }
    if (!prepared.transform().isIdentity()) {
      sheet = toOriginal(sheet, prepared.transform());
    }
    return new Result(
        page,
        sheet,
        new Diagnostics(
            plan.preprocess(),
            measured.unevenness(),
            measured.noise(),
            plan.skew(),
            plan.textHeight(),
            measured.orientation(),
            plan.quarterTurn(),
            plan.scale(),
            ppocrLines,
            clock.stop()),
        elapsedMillis(start),
        plan.preprocess() ? prepared.pixels() : null);
  }

  /**
   * Light and noise; for a plain page also skew, text height and an upright Tesseract reading,
   * whose confidence tells whether orientation detection is needed (it costs about as much as the
   * page reading itself).
   */
  private Measurement measure(DecodedImage image, Deadline deadline, StageTimes.Clock clock)
      throws OcrTimeoutException, OcrFailedException {
    GreyPixels grey = GreyPixels.of(image.image());
    Illumination light = Illumination.estimate(grey);
    double unevenness = light.unevenness();
    double noise = light.noise(grey);
    boolean plainLight = unevenness <= options.maxUnevenness() && noise <= options.maxNoise();
    Double plainSkew = null;
    Double plainTextHeight = null;
    OcrResult uprightRead = null;
    if (plainLight) {
      plainSkew = Deskew.estimate(grey, 5.0);
      plainTextHeight = TextSize.medianComponentHeight(grey);
      boolean straight = Math.abs(plainSkew) < options.minSkewDegrees();
      boolean readableSize =
          !(plainTextHeight > 0 && plainTextHeight < options.minTextHeight() * 0.75);
      if (straight && readableSize) {
        clock.enter(Stage.TESSERACT);
        uprightRead = tesseract.read(image.image(), pageRequest(deadline, image.dpi()));
        clock.enter(Stage.MEASURE);
      }
    }
    boolean surelyUpright =
        uprightRead != null && uprightRead.meanConfidence() >= UPRIGHT_CONFIDENCE;
    Orientation orientation = null;
    if (!surelyUpright) {
      clock.enter(Stage.ORIENTATION);
      orientation = tesseract.detectOrientation(image.image()).orElse(null);
      clock.enter(Stage.MEASURE);
    }
    int quarter =
        orientation != null
                && orientation.degreesClockwise() != 0
                && orientation.confidence() >= options.minOrientationConfidence()
            ? orientation.correctionClockwise()
            : 0;
    return new Measurement(
        grey,
        light,
        unevenness,
        noise,
        plainSkew,
        plainTextHeight,
        uprightRead,
        orientation,
        quarter);
  }

  /** Decides what the page needs; measures skew and text height on the turned page if needed. */
  private Plan plan(Measurement m) {
    boolean uneven = m.unevenness() > options.maxUnevenness();
    boolean noisy = m.noise() > options.maxNoise();
    boolean measuredUpright = m.plainSkew() != null && m.quarterTurn() == 0;
    double skew;
    double textHeight;
    GreyPixels flat = null;
    if (measuredUpright) {
      skew = m.plainSkew();
      textHeight = m.plainTextHeight();
    } else {
      flat = flattened(m, uneven, noisy);
      skew = Deskew.estimate(flat, 5.0);
      textHeight = TextSize.medianComponentHeight(flat);
    }
    boolean skewed = Math.abs(skew) >= options.minSkewDegrees();
    boolean tiny = textHeight > 0 && textHeight < options.minTextHeight() * 0.75;
    boolean preprocess = m.quarterTurn() != 0 || uneven || noisy || skewed || tiny;
    // once the image is processed anyway, enlarging small writing costs no fidelity
    boolean small = textHeight > 0 && textHeight < options.minTextHeight();
    double scale =
        preprocess && small ? Math.min(3.0, options.targetTextHeight() / textHeight) : 1.0;
    return new Plan(flat, m.quarterTurn(), uneven, noisy, skew, textHeight, preprocess, scale);
  }

  /** Carries out the plan; an unprocessed page is the decoded one. */
  private PreparedPage transform(Measurement m, Plan plan, Integer dpi) {
    if (!plan.preprocess()) {
      return new PreparedPage(m.grey(), PageTransform.identity(), dpi);
    }
    PageTransform transform = PageTransform.identity();
    if (plan.quarterTurn() != 0) {
      transform = transform.thenQuarter(plan.quarterTurn(), m.grey().width(), m.grey().height());
    }
    GreyPixels work = plan.flat() != null ? plan.flat() : flattened(m, plan.uneven(), plan.noisy());
    if (plan.noisy()) {
      work = Filters.median3(work);
    }
    if (plan.uneven() || plan.noisy()) {
      work = Filters.whitenAbove(work, 235);
    }
    if (Math.abs(plan.skew()) >= options.minSkewDegrees()) {
      transform = transform.thenRotate(-plan.skew(), work.width(), work.height());
      work = Geometry.rotate(work, -plan.skew());
    }
    Integer scaledDpi = dpi;
    if (plan.scale() != 1.0) {
      transform = transform.thenScale(plan.scale());
      work = Geometry.scale(work, plan.scale());
      scaledDpi = dpi == null ? null : (int) Math.round(dpi * plan.scale());
    }
    return new PreparedPage(work, transform, scaledDpi);
  }

  /** The page turned upright, its background evened out where light or noise need it. */
  private static GreyPixels flattened(Measurement m, boolean uneven, boolean noisy) {
    GreyPixels work = m.grey();
    Illumination light = m.light();
    if (m.quarterTurn() != 0) {
      work = Geometry.rotateQuarter(work, m.quarterTurn());
      light = Illumination.estimate(work);
    }
    if (!uneven && !noisy) {
      return work;
    }
    GreyPixels flat = light.flatten(work);
    boolean[] sheetArea = uneven ? light.pageMask() : null; // null: no sheet on a surface
    if (sheetArea != null) {
      flat = light.whitenOutside(flat, sheetArea);
    }
    return flat;
  }

  private static OcrRequest pageRequest(Deadline deadline, Integer dpi) throws OcrTimeoutException {
    return OcrRequest.page(deadline.remaining()).withDpi(dpi);
  }

  private static ParsedSheet toOriginal(ParsedSheet sheet, PageTransform transform) {
    List<ParsedAnswer> answers =
        sheet.answers().stream()
            .map(
                a -> {
                  if (a.box() == null) {
                    return a;
                  }
                  int[] b =
                      transform.toOriginal(
                          a.box().x(), a.box().y(), a.box().width(), a.box().height());
                  return a.withBox(new Box(b[0], b[1], b[2], b[3]));
                })
            .toList();
    return new ParsedSheet(
        sheet.quizTitle(), sheet.studentName(), sheet.studentId(), answers, sheet.unparsedLines());
  }

  /** Tesseract's lines as the parser's input, boxes on the page read. */
  static List<TextLine> lines(OcrResult ocr) {
    return ocr.lines().stream()
        .map(
            l ->
                new TextLine(
                    l.text(),
                    l.confidence(),
                    l.box() == null
                        ? null
                        : new Box(l.box().x(), l.box().y(), l.box().width(), l.box().height())))
        .toList();
  }

  private static long elapsedMillis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
