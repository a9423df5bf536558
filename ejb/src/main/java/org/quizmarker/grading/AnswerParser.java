package org.quizmarker.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the OCR text of an answer sheet into its header fields and numbered answers.
 *
 * <p>Lines are read top to bottom:
 *
 * <ul>
 *   <li>Blank lines and lines without a letter or digit (ruling, specks) are ignored.
 *   <li>Header lines ({@code Quiz:}, {@code Name:}, {@code Student ID:}) set the header fields; the
 *       first of each counts. After the first answer a header needs its colon.
 *   <li>Numbered lines in any numbering style are answers ({@link NumberedLineReader}).
 *   <li>Any other line continues the answer above it when it looks like words spilling over from a
 *       text answer, and is otherwise kept in {@link ParsedSheet#unparsedLines()}.
 * </ul>
 *
 * <p>Question numbers are checked against their neighbours: a number that breaks the sequence where
 * exactly one number is missing ({@code 2, 8, 4} with no 3 anywhere) is taken for that missing
 * number, since OCR misread it ({@code 3} read as {@code 8}, {@code #1} as {@code 41}, {@code #2 4}
 * run together as {@code #24}), and a number that jumps back to one already used is read with its
 * lost leading digit ({@code 10, 2, 3} as {@code 10, 12, 13}). When a number still occurs twice,
 * the first answer is kept, because sheets are written in question order, and the later line goes
 * to the unparsed lines where a teacher sees it; its question may then be missing, which the grader
 * flags rather than marking anything wrong.
 *
 * <p>Nothing here depends on the quiz, its key or the fonts: only the sheet format.
 */
public final class AnswerParser {

  /** Whole answer lines OCR may drop between two it reads (numbers then jump ahead by these). */
  private static final int MAX_LOST_LINES = 3;

  /** Question numbers above this are taken for text ("1776 was the year"). */
  public static final int MAX_QUESTION_NUMBER = KeyValidator.MAX_QUESTIONS;

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  // Ruling, margin lines and specks that OCR puts before or after the writing.
  private static final Pattern LEADING_NOISE =
      Pattern.compile("^(?:[|'\u2018\u2019\"`~_=*\u2022\u00b7.,:;\\-\u2013\u2014]+\\s+)+");
  private static final Pattern LEADING_MARKS =
      Pattern.compile("^['\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\"`~_]+");
  // A question number OCR could not read, by its shape: "(VU) x", "CIV) y", "Q?: z", "#¢ w".
  private static final Pattern NUMBER_SHAPED =
      Pattern.compile(
          "(?:[(\\[{][^\\s)\\]}]{1,4}[)\\]}]|#[^\\s]{1,3}|[^\\s]{1,4}[).:;])"
              + "\\s*(?<rest>[^\\s].*)");
  private static final Pattern TRAILING_NOISE =
      Pattern.compile("(?:\\s+[|'\u2018\u2019\"`~_=*\u2022\u00b7]+)+$");

  private sealed interface Item permits HeaderItem, AnswerItem, OtherItem {
    int index();

    TextLine line();
  }

  private record HeaderItem(int index, TextLine line, HeaderReader.Header header) implements Item {}

  private record OtherItem(int index, TextLine line, String text) implements Item {}

  private static final class AnswerItem implements Item {
    private final int index;
    private final TextLine line;
    private final String afterPrefix;
    private String text;
    private int q;
    private boolean inDoubt;

    AnswerItem(int index, TextLine line, NumberedLineReader.Numbered numbered) {
      this.index = index;
      this.line = line;
      this.q = numbered.q();
      this.text = numbered.text();
      this.afterPrefix = numbered.afterPrefix();
    }

    /** A line whose number is known only from its place among the others. */
    AnswerItem(int index, TextLine line, int q, String text) {
      this.index = index;
      this.line = line;
      this.q = q;
      this.text = text;
      this.afterPrefix = null;
    }

    @Override
    public int index() {
      return index;
    }

    @Override
    public TextLine line() {
      return line;
    }
  }

  /** An answer being assembled from its numbered line and any continuation lines. */
  private static final class Draft {
    private final int q;
    private final int lineIndex;
    private final boolean inDoubt;
    private String text;
    private double confidence;
    private Box box;

    Draft(AnswerItem item) {
      this.q = item.q;
      this.inDoubt = item.inDoubt;
      this.lineIndex = item.index;
      this.text = item.text;
      this.confidence = confidence(item.line);
      this.box = item.line.box();
    }

    void append(OtherItem item) {
      text = text.isEmpty() ? item.text : text + " " + item.text;
      confidence = Math.min(confidence, confidence(item.line));
      box = box == null ? item.line.box() : box.union(item.line.box());
    }

    ParsedAnswer toAnswer() {
      return new ParsedAnswer(q, text, confidence, lineIndex, box, inDoubt);
    }
  }

  /** Parses OCR text: one line per line, each with confidence 100 and no box. */
  /**
   * Whether {@code line} is surely a header ({@code Name:}, {@code Quiz:}, {@code Student ID:}: an
   * exact keyword and a colon), so that no answer can be on it.
   */
  public static boolean isHeaderLine(String line) {
    return line != null && HeaderReader.read(line, true).isPresent();
  }

  public ParsedSheet parse(String ocrText) {
    if (ocrText == null || ocrText.isEmpty()) {
      return parse(List.of());
    }
    return parse(LINE_BREAK.splitAsStream(ocrText).map(TextLine::of).toList());
  }

  /**
   * Parses OCR lines, top to bottom. {@link ParsedAnswer#lineIndex()} is an index into {@code
   * lines}.
   */
  public ParsedSheet parse(List<TextLine> lines) {
    List<Item> items = classify(lines);
    repairSequence(
        items.stream().filter(AnswerItem.class::isInstance).map(AnswerItem.class::cast).toList());
    numberByOrder(items);
    doubtNumbersOutOfOrder(items);
    return assemble(items);
  }

  private static List<Item> classify(List<TextLine> lines) {
    List<Item> items = new ArrayList<>();
    boolean answersStarted = false;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i) == null ? TextLine.of("") : lines.get(i);
      String raw =
          TRAILING_NOISE.matcher(Normalizer.collapseWhitespace(line.text())).replaceFirst("");
      if (raw.chars().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      String text = clean(raw);
      Optional<HeaderReader.Header> header = HeaderReader.read(text, answersStarted);
      if (header.isPresent()) {
        items.add(new HeaderItem(i, line, header.get()));
        continue;
      }
      // The raw line first: what looks like noise before the text may be the number ("|. 0.75").
      Optional<NumberedLineReader.Numbered> numbered =
          NumberedLineReader.read(raw, MAX_QUESTION_NUMBER)
              .or(() -> NumberedLineReader.read(text, MAX_QUESTION_NUMBER));
      if (numbered.isPresent()) {
        items.add(new AnswerItem(i, line, numbered.get()));
        answersStarted = true;
      } else {
        items.add(new OtherItem(i, line, text));
      }
    }
    return items;
  }

  static String clean(String text) {
    String s = Normalizer.collapseWhitespace(text);
    s = LEADING_NOISE.matcher(s).replaceFirst("");
    s = LEADING_MARKS.matcher(s).replaceFirst("");
    return TRAILING_NOISE.matcher(s).replaceFirst("").strip();
  }

  /**
   * Renumbers answers whose number OCR misread, when the neighbours show which number it must be:
   *
   * <ul>
   *   <li>a gap of one: the number is not the one before it plus one, that number is found nowhere
   *       on the sheet, and the next answer is numbered one more still ({@code 2, 8, 4}); without a
   *       next answer only a repeated number is renumbered, since a last question may really be
   *       missing. A number run together with its answer ({@code #24} for {@code #2 4}) is split.
   *   <li>a lost leading digit: a number that goes back to one already used, where putting a digit
   *       before it gives the next free number ({@code 10, 2, 3} for {@code 10, 12, 13}).
   * </ul>
   */
  private static void repairSequence(List<AnswerItem> answers) {
    Map<Integer, Integer> counts = new HashMap<>();
    answers.forEach(a -> counts.merge(a.q, 1, Integer::sum));
    for (int i = 0; i < answers.size(); i++) {
      AnswerItem answer = answers.get(i);
      int previous = i == 0 ? 0 : answers.get(i - 1).q;
      int expected = previous + 1;
      if (answer.q == expected || expected > MAX_QUESTION_NUMBER) {
        continue;
      }
      boolean repeated = counts.getOrDefault(answer.q, 0) > 1;
      if (counts.getOrDefault(expected, 0) == 0) {
        boolean fits = i + 1 < answers.size() ? answers.get(i + 1).q == expected + 1 : repeated;
        if (fits) {
          String split = splitRunTogether(answer, expected);
          if (split != null) {
            answer.text = split;
          }
          renumber(answer, expected, counts);
          continue;
        }
      }
      if (repeated && answer.q <= previous) {
        for (int digit = 1; digit <= 9; digit++) {
          int candidate = Integer.parseInt(digit + String.valueOf(answer.q));
          if (candidate > previous
              && candidate <= previous + 2
              && candidate <= MAX_QUESTION_NUMBER
              && counts.getOrDefault(candidate, 0) == 0) {
            renumber(answer, candidate, counts);
            break;
          }
        }
      }
    }
  }

  private static void renumber(AnswerItem answer, int q, Map<Integer, Integer> counts) {
    counts.merge(answer.q, -1, Integer::sum);
    answer.q = q;
    counts.merge(q, 1, Integer::sum);
  }

  /** The answer of {@code #24} read as question 2, or {@code null} when not run together. */
  private static String splitRunTogether(AnswerItem answer, int q) {
    if (answer.afterPrefix == null || answer.afterPrefix.isEmpty()) {
      return null;
    }
    String[] words = answer.afterPrefix.split("\\s+", 2);
    String digits = String.valueOf(q);
    if (!words[0].startsWith(digits) || words[0].length() == digits.length()) {
      return null;
    }
    String remainder = words[0].substring(digits.length());
    if (!Character.isLetterOrDigit(remainder.charAt(0))) {
      return null;
    }
    return words.length > 1 ? remainder + " " + words[1] : remainder;
  }

  /**
   * Numbers lines whose number OCR could not read at all ({@code (VU) x}, {@code CIV) y}, or no
   * number left), from their place: sheets have one line per answer in question order. The answers
   * whose numbers run in sequence are the anchors; between two anchors, the lines that are not
   * anchors (unnumbered lines and repeats of a number already used) take the missing numbers in
   * order, but only when there are exactly as many of them as numbers missing, or exactly as many
   * with a number's shape ({@code (..)}, {@code ..)}, {@code Q..:}) and the rest read as
   * spill-over. Before the first anchor and after the last one, where nothing bounds the count,
   * only lines with a number's shape are taken. Anything else is left as it was, for a teacher to
   * see.
   */
  private static void numberByOrder(List<Item> items) {
    List<Integer> answerAt = answerPositions(items);
    Map<Integer, Integer> counts = new HashMap<>();
    answerAt.forEach(i -> counts.merge(((AnswerItem) items.get(i)).q, 1, Integer::sum));
    boolean[] anchor = anchors(items, answerAt);
    List<Integer> anchorAt = new ArrayList<>();
    for (int k = 0; k < answerAt.size(); k++) {
      if (anchor[k]) {
        anchorAt.add(answerAt.get(k));
      }
    }
    if (anchorAt.isEmpty()) {
      return;
    }
    int first = anchorAt.get(0);
    int last = anchorAt.get(anchorAt.size() - 1);
    int afterHeader = 0;
    for (int i = 0; i < first; i++) {
      if (items.get(i) instanceof HeaderItem) {
        afterHeader = i + 1;
      }
    }
    // Places say little when few numbers were read: then the anchors may be misreadings too.
    if (anchorAt.size() < 2) {
      return;
    }
    double pitch = linePitch(items, anchorAt);
    List<int[]> plan = new ArrayList<>();
    List<int[]> before = gap(items, counts, afterHeader, first, 0, q(items, first), Gap.BEFORE);
    if (evenlySpaced(items, before, first, pitch) == before.size()) {
      plan.addAll(before);
    }
    for (int k = 0; k + 1 < anchorAt.size(); k++) {
      int from = anchorAt.get(k);
      int to = anchorAt.get(k + 1);
      plan.addAll(gap(items, counts, from + 1, to, q(items, from), q(items, to), Gap.BETWEEN));
    }
    List<int[]> after =
        gap(
            items,
            counts,
            last + 1,
            items.size(),
            q(items, last),
            MAX_QUESTION_NUMBER + 1,
            Gap.AFTER);
    plan.addAll(after.subList(0, evenlySpaced(items, after, last, pitch)));
    for (int[] step : plan) {
      int at = step[0];
      int q = step[1];
      Item item = items.get(at);
      if (item instanceof AnswerItem a) {
        a.q = q;
      } else {
        OtherItem o = (OtherItem) item;
        var shape = NUMBER_SHAPED.matcher(o.text());
        String text = shape.matches() ? shape.group("rest") : o.text();
        items.set(at, new AnswerItem(o.index(), o.line(), q, text));
      }
    }
  }

  /**
   * The usual distance between the tops of two consecutive answer lines, from anchors numbered one
   * apart; NaN when the lines have no boxes or no such pair exists.
   */
  private static double linePitch(List<Item> items, List<Integer> anchorAt) {
    List<Integer> steps = new ArrayList<>();
    for (int k = 0; k + 1 < anchorAt.size(); k++) {
      Box a = items.get(anchorAt.get(k)).line().box();
      Box b = items.get(anchorAt.get(k + 1)).line().box();
      if (a != null
          && b != null
          && q(items, anchorAt.get(k + 1)) - q(items, anchorAt.get(k)) == 1
          && b.y() > a.y()) {
        steps.add(b.y() - a.y());
      }
    }
    if (steps.isEmpty()) {
      return Double.NaN;
    }
    steps.sort(Integer::compare);
    return steps.get(steps.size() / 2);
  }

  /**
   * How many of the {@code planned} lines, from the anchor outwards, sit where consecutive answers
   * would: one line pitch from the previous answer, or one more per spill-over line between them. A
   * larger distance means OCR lost a line, and with it the count. Lines without boxes (typed-in
   * text) are taken as they come.
   */
  private static int evenlySpaced(List<Item> items, List<int[]> planned, int anchor, double pitch) {
    if (planned.isEmpty() || items.get(anchor).line().box() == null) {
      return planned.size();
    }
    if (Double.isNaN(pitch)) {
      return 0;
    }
    boolean upwards = planned.get(0)[0] < anchor;
    int taken = 0;
    int previous = anchor;
    for (int k = 0; k < planned.size(); k++) {
      int at = planned.get(upwards ? planned.size() - 1 - k : k)[0];
      Box from = items.get(previous).line().box();
      Box to = items.get(at).line().box();
      if (from == null || to == null) {
        break;
      }
      int between = Math.abs(at - previous) - 1;
      double steps = Math.abs(to.y() - from.y()) / pitch;
      if (Math.abs(steps - (1 + between)) > 0.4) {
        break;
      }
      taken++;
      previous = at;
    }
    return taken;
  }

  /**
   * Marks the answers whose number breaks the sheet's order ({@code 6} after {@code 15}): sheets
   * are written in question order, so OCR probably lost a digit and the answer may be another
   * question's.
   */
  private static void doubtNumbersOutOfOrder(List<Item> items) {
    List<Integer> answerAt = answerPositions(items);
    boolean[] anchor = anchors(items, answerAt);
    for (int k = 0; k < answerAt.size(); k++) {
      ((AnswerItem) items.get(answerAt.get(k))).inDoubt = !anchor[k];
    }
  }

  private enum Gap {
    BEFORE,
    BETWEEN,
    AFTER
  }

  private static int q(List<Item> items, int at) {
    return ((AnswerItem) items.get(at)).q;
  }

  /** Where the numbered lines are among the items. */
  private static List<Integer> answerPositions(List<Item> items) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof AnswerItem) {
        at.add(i);
      }
    }
    return at;
  }

  /**
   * The longest run of increasing numbers, earliest lines first on ties. A number may run ahead of
   * the one before it by at most the lines between them plus {@link #MAX_LOST_LINES} (lines OCR
   * dropped entirely), so that a garbled {@code (173)} does not end the run. The first number may
   * be anything: a second page starts at 21.
   */
  private static boolean[] anchors(List<Item> items, List<Integer> answerAt) {
    int n = answerAt.size();
    int[] length = new int[n];
    int[] before = new int[n];
    int best = -1;
    for (int k = 0; k < n; k++) {
      int qk = q(items, answerAt.get(k));
      length[k] = 1;
      before[k] = -1;
      for (int j = 0; j < k; j++) {
        int qj = q(items, answerAt.get(j));
        boolean plausible = qk - qj <= answerAt.get(k) - answerAt.get(j) + MAX_LOST_LINES;
        if (qj < qk && plausible && length[j] + 1 > length[k]) {
          length[k] = length[j] + 1;
          before[k] = j;
        }
      }
      if (best < 0 || length[k] > length[best]) {
        best = k;
      }
    }
    boolean[] anchor = new boolean[n];
    for (int k = best; k >= 0; k = before[k]) {
      anchor[k] = true;
    }
    return anchor;
  }

  /**
   * Which of the non-anchor lines in {@code [from, to)} take the numbers missing between {@code
   * low} and {@code high} (exclusive): pairs of item index and number.
   */
  private static List<int[]> gap(
      List<Item> items,
      Map<Integer, Integer> counts,
      int from,
      int to,
      int low,
      int high,
      Gap gap) {
    List<Integer> missing = new ArrayList<>();
    for (int q = low + 1; q < high && q <= MAX_QUESTION_NUMBER; q++) {
      if (counts.getOrDefault(q, 0) == 0) {
        missing.add(q);
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<Integer> all = new ArrayList<>();
    List<Integer> shaped = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Item item = items.get(i);
      if (item instanceof AnswerItem a) {
        // a repeated number, or one that does not fit between the anchors, was misread
        if (counts.getOrDefault(a.q, 0) > 1 || a.q > low) {
          all.add(i);
          shaped.add(i);
        }
      } else if (item instanceof OtherItem o) {
        all.add(i);
        if (NUMBER_SHAPED.matcher(o.text()).matches()) {
          shaped.add(i);
        }
      }
    }
    List<Integer> chosen;
    if (gap == Gap.BETWEEN && all.size() == missing.size()) {
      chosen = all;
    } else if (gap == Gap.AFTER || shaped.size() == missing.size()) {
      chosen = shaped.subList(0, Math.min(shaped.size(), missing.size()));
    } else {
      return List.of();
    }
    List<int[]> plan = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      plan.add(new int[] {chosen.get(k), missing.get(k)});
    }
    return plan;
  }

  private static ParsedSheet assemble(List<Item> items) {
    Map<HeaderReader.Field, String> headers = new HashMap<>();
    Map<Integer, Draft> drafts = new LinkedHashMap<>();
    List<Integer> numbers =
        items.stream().filter(AnswerItem.class::isInstance).map(i -> ((AnswerItem) i).q).toList();
    List<String> unparsed = new ArrayList<>();
    Draft current = null;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item instanceof HeaderItem h) {
        current = null;
        String value = h.header().value();
        if (headers.containsKey(h.header().field())) {
          unparsed.add(clean(h.line().text()));
        } else if (!value.isEmpty()) {
          headers.put(h.header().field(), value);
        }
      } else if (item instanceof AnswerItem a) {
        if (drafts.containsKey(a.q) || a.q > MAX_QUESTION_NUMBER) {
          unparsed.add(clean(a.line.text()));
          current = null;
        } else {
          current = new Draft(a);
          drafts.put(a.q, current);
        }
      } else if (item instanceof OtherItem o) {
        if (current != null && continues(current, o, nextAnswer(items, i), numbers)) {
          current.append(o);
        } else {
          unparsed.add(o.text());
          current = null;
        }
      }
    }
    List<ParsedAnswer> answers =
        drafts.values().stream()
            .map(Draft::toAnswer)
            .sorted(Comparator.comparingInt(ParsedAnswer::q))
            .toList();
    return new ParsedSheet(
        headers.get(HeaderReader.Field.QUIZ),
        headers.get(HeaderReader.Field.NAME),
        headers.get(HeaderReader.Field.STUDENT_ID),
        answers,
        unparsed);
  }

  private static AnswerItem nextAnswer(List<Item> items, int from) {
    for (int i = from + 1; i < items.size(); i++) {
      if (items.get(i) instanceof AnswerItem a) {
        return a;
      }
    }
    return null;
  }

  /**
   * Whether an unnumbered line continues the answer above it: an answer left empty on its own line
   * takes whatever follows; otherwise both must be words (a number, a letter or True/False does not
   * spill over), and the line must not be the answer to a question whose number OCR lost ({@code 2.
   * x}, {@code y}, {@code 4. z} with no 3: {@code y} is probably answer 3, so it is left to a
   * review rather than glued onto answer 2).
   */
  private static boolean continues(
      Draft answer, OtherItem line, AnswerItem next, List<Integer> numbers) {
    if (answer.text.isEmpty()) {
      return true;
    }
    if (!looksLikeWords(line.text()) || !looksLikeWords(answer.text)) {
      return false;
    }
    if (NUMBER_SHAPED.matcher(line.text()).matches()) {
      return false; // "QU. photosynthesis" is the next answer with its number garbled
    }
    if (BooleanMatcher.parseTruth(answer.text).isPresent()) {
      return false;
    }
    return next == null || next.q != answer.q + 2 || numbers.contains(answer.q + 1);
  }

  private static boolean looksLikeWords(String text) {
    long letters = text.chars().filter(Character::isLetter).count();
    long visible = text.chars().filter(c -> !Character.isWhitespace(c)).count();
    return letters >= 3 && letters >= 0.6 * visible && Character.isLetter(text.charAt(0));
  }

  private static double confidence(TextLine line) {
    double c = line.confidence();
    return Double.isNaN(c) ? 0.0 : Math.max(0.0, Math.min(100.0, c));
  }
}
