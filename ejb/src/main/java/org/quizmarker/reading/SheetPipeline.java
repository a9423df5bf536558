package org.quizmarker.reading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerParser;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.Normalizer;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.QuestionType;
import org.quizmarker.grading.TextLine;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.OcrEngine;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrLine;
import org.quizmarker.ocr.OcrRequest;
import org.quizmarker.ocr.OcrResult;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.OcrWord;
import org.quizmarker.ocr.Orientation;
import org.quizmarker.ocr.preprocess.Deskew;
import org.quizmarker.ocr.preprocess.Filters;
import org.quizmarker.ocr.preprocess.Geometry;
import org.quizmarker.ocr.preprocess.GreyPixels;
import org.quizmarker.ocr.preprocess.Illumination;
import org.quizmarker.ocr.preprocess.PageTransform;
import org.quizmarker.ocr.preprocess.TextSize;

/**
 * Reads one decoded sheet image: measures the image, preprocesses it only when a measurement says
 * it needs it, reads the page with Tesseract (psm 6), parses it and, given an answer key, re-reads
 * each answer line with settings for its question type. Plain Java, thread-safe when its engine is.
 *
 * <p>An image that needs nothing (upright, even white background, no noise, straight, text big
 * enough) is read exactly as decoded, so its text equals what {@code tesseract IMAGE - --psm 6}
 * prints.
 */
public final class SheetPipeline {

  /**
   * Tuning of the pipeline.
   *
   * @param preprocess whether to measure and preprocess at all (off: raw Tesseract)
   * @param reread whether to re-read answer lines by question type when a key is given
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
  /**
   * Mean confidence of a psm 6 reading above which the page is taken as upright without OSD.
   * Measured on the 40 dev sheets read upright and turned by 90° and 180°: turned pages scored
   * 17–53, upright printed ones 73–94 (upright handwriting 30–65 still gets OSD).
   */
  static final double UPRIGHT_CONFIDENCE = 60;

  public record Options(
      boolean preprocess,
      boolean reread,
      double minOrientationConfidence,
      double maxUnevenness,
      double maxNoise,
      double minSkewDegrees,
      double minTextHeight,
      double targetTextHeight) {

    public static final Options DEFAULT = new Options(true, true, 2.0, 0.10, 2.0, 1.0, 20, 32);

    /** Raw Tesseract: psm 6 on the decoded image, nothing else. */
    public static final Options RAW = new Options(false, false, 2.0, 0.10, 2.0, 1.0, 20, 32);

    public Options withReread(boolean value) {
      return new Options(
          preprocess,
          value,
          minOrientationConfidence,
          maxUnevenness,
          maxNoise,
          minSkewDegrees,
          minTextHeight,
          targetTextHeight);
    }
  }

  /**
   * What was measured and done.
   *
   * @param orientation OSD's answer, or null when not run or not detected
   * @param quarterTurn the clockwise quarter turn applied (0 when none)
   * @param scale the enlargement applied (1 when none)
   * @param rereads answer lines re-read
   * @param rereadsKept re-read texts kept instead of the page reading
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
      int rereads,
      int rereadsKept,
      List<String> rereadLog) {}

  /**
   * The reading of one sheet.
   *
   * @param page Tesseract's page reading (of the preprocessed image when there was preprocessing)
   * @param sheet the parsed sheet, answers re-read where that was better; boxes on the original
   *     image
   * @param processedImage the image the page was read from, or null when it was the decoded one
   */
  public record Result(
      OcrResult page,
      ParsedSheet sheet,
      Diagnostics diagnostics,
      long millis,
      GreyPixels processedImage) {}

  /** A re-read replaces a page reading that is not a value of its type from this confidence. */
  private static final double MIN_REPLACING_CONFIDENCE = 80;

  private static final String NUMBER_CHARS = "0123456789./-";
  private static final String CHOICE_CHARS = "ABCDabcd()";
  private static final String BOOLEAN_CHARS = "TrueFalsetfRUEALS";

  private final OcrEngine engine;
  private final Options options;
  private final AnswerParser parser = new AnswerParser();

  public SheetPipeline(OcrEngine engine) {
    this(engine, Options.DEFAULT);
  }

  public SheetPipeline(OcrEngine engine, Options options) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Reads a sheet.
   *
   * @param key the answer key, or null: without it answers are not re-read
   * @throws OcrTimeoutException when the page reading takes longer than {@code timeout}
   */
  public Result read(DecodedImage image, Duration timeout, AnswerKey key)
      throws OcrTimeoutException, OcrFailedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    if (!options.preprocess()) {
      OcrResult page = engine.read(image.image(), OcrRequest.page(timeout).withDpi(image.dpi()));
      ParsedSheet sheet = parser.parse(lines(page, PageTransform.identity()));
      return new Result(
          page,
          sheet,
          new Diagnostics(false, 0, 0, 0, 0, null, 0, 1, 0, 0, List.of()),
          elapsedMillis(start),
          null);
    }
    GreyPixels grey = GreyPixels.of(image.image());
    Illumination light = Illumination.estimate(grey);
    double unevenness = light.unevenness();
    double noise = light.noise(grey);
    // Orientation detection costs about as much as the page reading itself. A plain page (even
    // light, no noise, straight, readable size) is read upright first; if Tesseract is
    // confident about that reading the page is upright and OSD is skipped.
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
        uprightRead = engine.read(image.image(), OcrRequest.page(timeout).withDpi(image.dpi()));
      }
    }
    boolean surelyUpright =
        uprightRead != null && uprightRead.meanConfidence() >= UPRIGHT_CONFIDENCE;
    Orientation orientation =
        surelyUpright ? null : engine.detectOrientation(image.image()).orElse(null);
    int quarter =
        orientation != null
                && orientation.degreesClockwise() != 0
                && orientation.confidence() >= options.minOrientationConfidence()
            ? orientation.correctionClockwise()
            : 0;
    PageTransform transform = PageTransform.identity();
    GreyPixels work = grey;
    if (quarter != 0) {
      transform = transform.thenQuarter(quarter, work.width(), work.height());
      work = Geometry.rotateQuarter(work, quarter);
      light = Illumination.estimate(work);
    }
    boolean uneven = unevenness > options.maxUnevenness();
    boolean noisy = noise > options.maxNoise();
    GreyPixels flat = uneven || noisy ? light.flatten(work) : work;
    boolean[] sheetArea = uneven ? light.pageMask() : null;
    if (sheetArea != null) {
      flat = light.whitenOutside(flat, sheetArea);
    }
    boolean measured = plainSkew != null && quarter == 0;
    double skew = measured ? plainSkew : Deskew.estimate(flat, 5.0);
    double textHeight = measured ? plainTextHeight : TextSize.medianComponentHeight(flat);
    boolean skewed = Math.abs(skew) >= options.minSkewDegrees();
    boolean tiny = textHeight > 0 && textHeight < options.minTextHeight() * 0.75;
    boolean preprocess = quarter != 0 || uneven || noisy || skewed || tiny;
    // once the image is processed anyway, enlarging small writing costs no fidelity
    boolean small = textHeight > 0 && textHeight < options.minTextHeight();
    double scale = 1;
    OcrResult page;
    Integer dpi = image.dpi();
    if (!preprocess) {
      page =
          uprightRead != null
              ? uprightRead
              : engine.read(image.image(), OcrRequest.page(timeout).withDpi(dpi));
    } else {
      work = flat;
      if (noisy) {
        work = Filters.median3(work);
      }
      if (uneven || noisy) {
        work = Filters.whitenAbove(work, 235);
      }
      if (skewed) {
        transform = transform.thenRotate(-skew, work.width(), work.height());
        work = Geometry.rotate(work, -skew);
      }
      if (small) {
        scale = Math.min(3.0, options.targetTextHeight() / textHeight);
        transform = transform.thenScale(scale);
        work = Geometry.scale(work, scale);
        if (dpi != null) {
          dpi = (int) Math.round(dpi * scale);
        }
      }
      page = engine.read(work.toImage(), OcrRequest.page(remaining(deadline)).withDpi(dpi));
    }
    List<OcrLine> ocrLines = page.lines();
    ParsedSheet sheet = parser.parse(lines(page, PageTransform.identity()));
    int rereads = 0;
    int kept = 0;
    List<String> log = new ArrayList<>();
    if (key != null && options.reread()) {
      GreyPixels source = preprocess ? work : grey;
      List<ParsedAnswer> answers = new ArrayList<>();
      for (ParsedAnswer answer : sheet.answers()) {
        Optional<KeyQuestion> question = key.question(answer.q());
        ParsedAnswer better = answer;
        if (question.isPresent() && System.nanoTime() < deadline) {
          Reread r = reread(source, ocrLines, answer, question.get(), dpi, deadline);
          if (r != null) {
            rereads++;
            log.add(r.note);
            if (r.kept) {
              kept++;
              better = r.answer;
            }
          }
        }
        answers.add(better);
      }
      sheet =
          new ParsedSheet(
              sheet.quizTitle(),
              sheet.studentName(),
              sheet.studentId(),
              answers,
              sheet.unparsedLines());
    }
    if (!transform.isIdentity()) {
      sheet = toOriginal(sheet, transform);
    }
    return new Result(
        page,
        sheet,
        new Diagnostics(
            preprocess,
            unevenness,
            noise,
            skew,
            textHeight,
            orientation,
            quarter,
            scale,
            rereads,
            kept,
            List.copyOf(log)),
        elapsedMillis(start),
        preprocess ? work : null);
  }

  private record Reread(ParsedAnswer answer, boolean kept, String note) {}

  /** Re-reads the answer part of an answer's line as one line, with the type's characters. */
  private Reread reread(
      GreyPixels source,
      List<OcrLine> ocrLines,
      ParsedAnswer answer,
      KeyQuestion question,
      Integer dpi,
      long deadline) {
    if (answer.lineIndex() < 0 || answer.lineIndex() >= ocrLines.size()) {
      return null;
    }
    OcrLine line = ocrLines.get(answer.lineIndex());
    QuestionType type = question.type() == null ? QuestionType.TEXT : question.type();
    if (line.box() == null || line.words().isEmpty() || answer.text().isEmpty()) {
      return null;
    }
    if (answer.box() != null && answer.box().height() > line.box().height() * 1.6) {
      return null; // spans several lines
    }
    Integer x0 = answerStart(line, answer.text());
    if (x0 == null) {
      return null;
    }
    int h = line.box().height();
    int margin = Math.max(3, h / 5);
    int right = line.box().x() + line.box().width();
    // from just left of the answer (not the question number's punctuation) to the line's end
    GreyPixels crop =
        source
            .crop(x0 - 2, line.box().y() - margin, right - x0 + 2 + margin, h + 2 * margin)
            .pad(Math.max(10, h / 2));
    OcrRequest request =
        OcrRequest.line(remaining(deadline))
            .withDpi(dpi)
            .withCharWhitelist(
                switch (type) {
                  case NUMBER -> NUMBER_CHARS;
                  case CHOICE -> CHOICE_CHARS;
                  case BOOLEAN -> BOOLEAN_CHARS;
                  case TEXT -> null;
                });
    OcrResult result;
    try {
      result = engine.read(crop.toImage(), request);
    } catch (OcrTimeoutException | OcrFailedException e) {
      return null;
    }
    String text = result.text().strip().replaceAll("\\s+", " ");
    if (type != QuestionType.TEXT) {
      text = text.replace(" ", "");
    }
    double confidence =
        result.lines().isEmpty() ? result.meanConfidence() : result.lines().get(0).confidence();
    String note =
        String.format(
            java.util.Locale.ROOT,
            "q%d %s page '%s' %.0f reread '%s' %.0f",
            answer.q(),
            type,
            answer.text(),
            answer.confidence(),
            text,
            confidence);
    if (text.isEmpty()) {
      return new Reread(answer, false, note);
    }
    String pageText = answer.text();
    double pageConfidence = answer.confidence();
    boolean agree =
        type == QuestionType.TEXT
            ? Normalizer.normalize(pageText).equals(Normalizer.normalize(text))
            : Normalizer.normalize(pageText)
                .replace(" ", "")
                .equals(Normalizer.normalize(text).replace(" ", ""));
    ParsedAnswer chosen = null;
    if (agree) {
      // two readings with different settings agree: trust the surer one's confidence
      chosen = answer.withReading(pageText, Math.max(pageConfidence, confidence));
    } else if (type != QuestionType.TEXT) {
      boolean pageParses = TypeCheck.parses(type, pageText);
      boolean rereadParses = TypeCheck.parses(type, text);
      if (!pageParses && rereadParses && confidence >= MIN_REPLACING_CONFIDENCE) {
        chosen = answer.withReading(text, confidence);
      } else if (pageParses && rereadParses) {
        // two different values: the reading is in doubt, so it should go to a teacher
        chosen = answer.withReading(pageText, Math.min(pageConfidence, confidence) / 2);
      }
    }
    if (chosen == null) {
      return new Reread(answer, false, note);
    }
    return new Reread(chosen, true, note + " KEPT");
  }

  /**
   * Where the answer text starts on its line: the left edge of the word it starts in, or a
   * proportional point inside it when the number is run together with it; null when the answer is
   * not found in the line.
   */
  static Integer answerStart(OcrLine line, String answerText) {
    List<OcrWord> words = line.words();
    StringBuilder joined = new StringBuilder();
    int[] wordStart = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        joined.append(' ');
      }
      wordStart[i] = joined.length();
      joined.append(words.get(i).text().strip());
    }
    String firstWord = answerText.split(" ", 2)[0];
    int at = joined.indexOf(answerText, 1);
    if (at < 0) {
      at = joined.indexOf(firstWord, 1);
    }
    if (at < 0) {
      return null;
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      if (wordStart[i] <= at) {
        OcrWord word = words.get(i);
        if (word.box() == null) {
          return null;
        }
        int offset = at - wordStart[i];
        int length = Math.max(1, word.text().strip().length());
        return word.box().x() + word.box().width() * offset / length;
      }
    }
    return null;
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

  static List<TextLine> lines(OcrResult ocr, PageTransform transform) {
    return ocr.lines().stream()
        .map(
            (OcrLine l) ->
                new TextLine(
                    l.text(),
                    l.confidence(),
                    l.box() == null
                        ? null
                        : new Box(l.box().x(), l.box().y(), l.box().width(), l.box().height())))
        .toList();
  }

  private static Duration remaining(long deadlineNanos) {
    return Duration.ofNanos(Math.max(1_000_000L, deadlineNanos - System.nanoTime()));
  }

  private static long elapsedMillis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
