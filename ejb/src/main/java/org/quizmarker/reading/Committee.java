package org.quizmarker.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerParser;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.QuestionType;
import org.quizmarker.grading.ReaderText;
import org.quizmarker.grading.ReadingAgreement;
import org.quizmarker.grading.TextLine;
import org.quizmarker.ocr.Box;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrLine;
import org.quizmarker.ocr.OcrResult;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.ppocr.PpOcrEngine;
import org.quizmarker.ocr.ppocr.PpOcrEngine.LineText;
import org.quizmarker.ocr.ppocr.PpOcrModels.Model;
import org.quizmarker.ocr.preprocess.GreyPixels;
import org.quizmarker.reading.StageTimes.Stage;

/**
 * The detect, read and combine stages: PP-OCR finds the page's lines and reads each with its v4
 * model; every answer then gets Tesseract's and v4's reading of its line, and PP-OCR v3's as a
 * third opinion where those two disagree for the question's type. The grader decides from the
 * readings ({@link org.quizmarker.grading.CommitteeRule}).
 */
final class Committee {

  /** The combined reading, and how many lines PP-OCR found. */
  record Reading(ParsedSheet sheet, int detectedLines) {}

  /** One line found by PP-OCR, with its v4 reading. */
  record DetectedLine(Box box, LineText v4) {}

  /**
   * What the page stages produced, for combining per answer.
   *
   * @param page the page both engines read
   * @param byTesseract Tesseract's page reading, parsed
   * @param tesseractLines Tesseract's lines, boxes on {@code page}
   * @param lines PP-OCR's lines with their v4 readings
   * @param byPpocr the v4 readings, parsed
   */
  record PageReadings(
      GreyPixels page,
      ParsedSheet byTesseract,
      List<OcrLine> tesseractLines,
      List<DetectedLine> lines,
      ParsedSheet byPpocr) {}

  private final PpOcrEngine ppocr;
  private final AnswerParser parser;

  Committee(PpOcrEngine ppocr, AnswerParser parser) {
    this.ppocr = ppocr;
    this.parser = parser;
  }

  Reading read(
      GreyPixels page,
      OcrResult tesseract,
      AnswerKey key,
      Deadline deadline,
      StageTimes.Clock clock)
      throws OcrTimeoutException, OcrFailedException {
    deadline.check();
    clock.enter(Stage.DETECT);
    List<Box> boxes = ppocr.detectLines(page);
    clock.enter(Stage.READ_PPOCR_V4);
    List<DetectedLine> lines = new ArrayList<>();
    for (Box box : boxes) {
      OcrLine same = overlappingTesseract(tesseract.lines(), box);
      if (same != null && AnswerParser.isHeaderLine(same.text())) {
        continue; // Tesseract reads the headers well; no answer is on them
      }
      deadline.check();
      lines.add(new DetectedLine(box, ppocr.readLine(page, box, Model.RECOGNITION_V4)));
    }
    clock.enter(Stage.COMBINE);
    ParsedSheet byTesseract = parser.parse(SheetPipeline.lines(tesseract));
    ParsedSheet byPpocr = parser.parse(lines.stream().map(Committee::textLine).toList());
    PageReadings readings = new PageReadings(page, byTesseract, tesseract.lines(), lines, byPpocr);
    TreeSet<Integer> numbers = new TreeSet<>();
    byTesseract.answers().forEach(a -> numbers.add(a.q()));
    byPpocr.answers().forEach(a -> numbers.add(a.q()));
    List<ParsedAnswer> answers = new ArrayList<>();
    for (int q : numbers) {
      ParsedAnswer answer = combine(q, type(key, q), readings, deadline, clock);
      if (answer != null) {
        answers.add(answer);
      }
    }
    ParsedSheet sheet =
        new ParsedSheet(
            firstNonNull(byTesseract.quizTitle(), byPpocr.quizTitle()),
            firstNonNull(byTesseract.studentName(), byPpocr.studentName()),
            firstNonNull(byTesseract.studentId(), byPpocr.studentId()),
            answers,
            byTesseract.unparsedLines());
    return new Reading(sheet, boxes.size());
  }

  /** Every reader's reading of question {@code q}, on the line both parsings place it. */
  private ParsedAnswer combine(
      int q, QuestionType type, PageReadings from, Deadline deadline, StageTimes.Clock clock)
      throws OcrTimeoutException, OcrFailedException {
    List<DetectedLine> lines = from.lines();
    ParsedAnswer t = from.byTesseract().answer(q).orElse(null);
    ParsedAnswer p = from.byPpocr().answer(q).orElse(null);
    int lineOfP = p == null ? -1 : p.lineIndex();
    int lineOfT = t == null || t.box() == null ? -1 : lineOf(q, lines, toOcrBox(t.box()), lineOfP);
    if (p != null && tesseractsLineIsAnothers(q, lines, lineOfT, lineOfP, p.numberInDoubt())) {
      t = null; // its reading is another line's
      lineOfT = -1;
    }
    // the two parsings put the number on different lines: the answer may be another question's
    boolean conflict = lineOfT >= 0 && lineOfP >= 0 && lineOfT != lineOfP;
    int line = lineOfT >= 0 ? lineOfT : lineOfP;
    List<ReaderText> readings = new ArrayList<>();
    ReaderText tesseract = null;
    if (t != null) {
      tesseract = new ReaderText(ReaderText.TESSERACT, t.text(), t.confidence());
    } else if (line >= 0) {
      OcrLine same = overlappingTesseract(from.tesseractLines(), lines.get(line).box());
      if (same != null) {
        tesseract =
            KnownNumber.strip(q, same.text())
                .map(text -> new ReaderText(ReaderText.TESSERACT, text, same.confidence()))
                .orElse(null);
      }
    }
    if (tesseract != null) {
      readings.add(tesseract);
    }
    if (line >= 0) {
      LineText read = lines.get(line).v4();
      Optional<String> text = KnownNumber.strip(q, read.text());
      if (text.isEmpty() && line == lineOfP) {
        text = Optional.of(p.text());
      }
      boolean settled =
          tesseract != null
              && text.isPresent()
              && ReadingAgreement.agree(type, tesseract.text(), text.get());
      LineText v3 = null;
      if (!settled) {
        deadline.check();
        clock.enter(Stage.READ_PPOCR_V3);
        v3 = ppocr.readLine(from.page(), lines.get(line).box(), Model.RECOGNITION_V3);
        clock.enter(Stage.COMBINE);
      }
      Optional<String> byV3 = v3 == null ? Optional.empty() : numbered(parser, q, v3.text());
      // where the answer starts: after the number as either model read it (same input, same steps)
      OptionalInt cutV4 = answerStart(q, read, text.orElse(null));
      OptionalInt cutV3 = v3 == null ? OptionalInt.empty() : answerStart(q, v3, byV3.orElse(null));
      if (text.isPresent()) {
        readings.add(
            new ReaderText(
                ReaderText.PPOCR_V4,
                text.get(),
                read.confidence(),
                lattice(read, cutV4.isPresent() ? cutV4 : sameSteps(cutV3, v3, read)),
                null));
      }
      if (v3 != null) {
        String lattice = lattice(v3, cutV3.isPresent() ? cutV3 : sameSteps(cutV4, read, v3));
        if (byV3.isPresent() || (text.isPresent() && lattice != null)) {
          // without the number in v3's text, its output after v4's number still scores the key
          readings.add(
              new ReaderText(ReaderText.PPOCR_V3, byV3.orElse(""), v3.confidence(), lattice, null));
        }
      }
    }
    if (readings.isEmpty()) {
      return t != null ? t : p;
    }
    ParsedAnswer base = t != null ? t : p;
    boolean inDoubt;
    if (t != null && p != null) {
      inDoubt = (t.numberInDoubt() && p.numberInDoubt()) || conflict;
    } else {
      inDoubt = base != null ? base.numberInDoubt() : false;
    }
    ReaderText primary = readings.get(0);
    if (base == null) {
      Box b = lines.get(line).box();
      base =
          new ParsedAnswer(
              q,
              primary.text(),
              primary.confidence(),
              line,
              new org.quizmarker.grading.Box(b.x(), b.y(), b.width(), b.height()));
    } else if (base == p && t == null && lineOfT < 0) {
      Box b = lines.get(line).box();
      base = base.withBox(new org.quizmarker.grading.Box(b.x(), b.y(), b.width(), b.height()));
    }
    return base.withReading(primary.text(), primary.confidence())
        .withNumberInDoubt(inDoubt)
        .withReadings(readings);
  }

  /**
   * The answer to question {@code q} on a line read by PP-OCR: after the known number, else as the
   * parser reads the line when it finds that number in a style only it knows (look-alike digits
   * such as {@code (l2)}, a handwritten Q read as G). Without the second way, v3 readings of such
   * lines were dropped: 1.3 points of the dev answers decided.
   */
  static Optional<String> numbered(AnswerParser parser, int q, String line) {
    Optional<String> stripped = KnownNumber.strip(q, line);
    if (stripped.isPresent()) {
      return stripped;
    }
    return parser.parse(List.of(new TextLine(line, 0, null))).answer(q).map(ParsedAnswer::text);
  }

  /**
   * The time step where the answer starts on {@code line}: after the known question number {@code
   * q}, else before {@code answer} when the line ends with it (the parser found the number in a
   * style only it knows); empty when neither, or when the model's output was not kept.
   */
  static OptionalInt answerStart(int q, LineText line, String answer) {
    if (line.decoded() == null) {
      return OptionalInt.empty();
    }
    int[] ends = line.decoded().charEnds();
    OptionalInt prefix = KnownNumber.prefixLength(q, line.text());
    if (prefix.isPresent()) {
      return OptionalInt.of(ends[prefix.getAsInt() - 1]);
    }
    if (answer == null || answer.isEmpty()) {
      return OptionalInt.empty();
    }
    int at = line.text().lastIndexOf(answer);
    if (at < 1 || at + answer.length() != line.text().length()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(ends[at - 1]);
  }

  /**
   * {@code cut}, found on {@code other}'s output, when it has as many time steps as {@code line}'s.
   */
  private static OptionalInt sameSteps(OptionalInt cut, LineText other, LineText line) {
    if (cut.isEmpty() || other == null || other.decoded() == null || line.decoded() == null) {
      return OptionalInt.empty();
    }
    return other.decoded().lattice().steps() == line.decoded().lattice().steps()
        ? cut
        : OptionalInt.empty();
  }

  /** {@code line}'s output from time step {@code cut} on, encoded; null without a cut. */
  static String lattice(LineText line, OptionalInt cut) {
    if (cut.isEmpty() || line.decoded() == null) {
      return null;
    }
    return line.decoded().lattice().from(cut.getAsInt()).encode();
  }

  private static QuestionType type(AnswerKey key, int q) {
    if (key == null) {
      return QuestionType.TEXT;
    }
    return key.question(q).map(KeyQuestion::type).orElse(QuestionType.TEXT);
  }

  private static TextLine textLine(DetectedLine line) {
    Box b = line.box();
    return new TextLine(
        line.v4().text(),
        line.v4().confidence(),
        new org.quizmarker.grading.Box(b.x(), b.y(), b.width(), b.height()));
  }

  private static Box toOcrBox(org.quizmarker.grading.Box b) {
    return new Box(b.x(), b.y(), b.width(), b.height());
  }

  /**
   * The detected line within Tesseract's answer {@code box} that starts with question number {@code
   * q}: Tesseract sometimes joins neighbouring lines into one, so the line sharing most of the
   * box's height need not be the answer's. The PP-OCR parsing's line wins when it is one of them;
   * without any numbered line, the line sharing most height; -1 when none overlaps.
   */
  static int lineOf(int q, List<DetectedLine> lines, Box box, int lineOfP) {
    int numbered = -1;
    for (int i = 0; i < lines.size(); i++) {
      Box b = lines.get(i).box();
      boolean inside =
          Math.min(b.y() + b.height(), box.y() + box.height()) - Math.max(b.y(), box.y())
              > b.height() / 2;
      if (inside && KnownNumber.strip(q, lines.get(i).v4().text()).isPresent()) {
        if (i == lineOfP) {
          return i;
        }
        numbered = numbered < 0 ? i : numbered;
      }
    }
    return numbered >= 0 ? numbered : overlapping(lines, box);
  }

  /**
   * Whether Tesseract's parse put question {@code q} on another line than the answer's: v4 read the
   * known number at the start of the PP-OCR parsing's line {@code lineOfP} (whose number keeps the
   * sheet's order) and not on Tesseract's line {@code lineOfT}. Tesseract merges a page's last
   * lines or misreads a number, and its parse then shifts answers onto the wrong lines (on the dev
   * sheets, 13 of the 16 answers only Tesseract read, each from another question's line).
   */
  static boolean tesseractsLineIsAnothers(
      int q, List<DetectedLine> lines, int lineOfT, int lineOfP, boolean pNumberInDoubt) {
    return lineOfT >= 0
        && lineOfP >= 0
        && lineOfT != lineOfP
        && !pNumberInDoubt
        && carriesNumber(q, lines.get(lineOfP))
        && !carriesNumber(q, lines.get(lineOfT));
  }

  /** Whether v4 read the known question number {@code q} at the start of {@code line}. */
  private static boolean carriesNumber(int q, DetectedLine line) {
    return KnownNumber.strip(q, line.v4().text()).isPresent();
  }

  /** The detected line sharing most of its height with {@code box}, or -1. */
  static int overlapping(List<DetectedLine> lines, Box box) {
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < lines.size(); i++) {
      int overlap = verticalOverlap(lines.get(i).box(), box);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static OcrLine overlappingTesseract(List<OcrLine> lines, Box box) {
    OcrLine best = null;
    int bestOverlap = 0;
    for (OcrLine line : lines) {
      if (line.box() == null) {
        continue;
      }
      int overlap = verticalOverlap(line.box(), box);
      if (overlap > bestOverlap) {
        best = line;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /** Shared height of two boxes when it is at least half the lower one's, else 0. */
  static int verticalOverlap(Box a, Box b) {
    int overlap = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
    return overlap * 2 >= Math.min(a.height(), b.height()) ? overlap : 0;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
