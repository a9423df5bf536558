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

  /** Question numbers above this are taken for text ("1776 was the year"). */
  public static final int MAX_QUESTION_NUMBER = KeyValidator.MAX_QUESTIONS;

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  // Ruling, margin lines and specks that OCR puts before or after the writing.
  private static final Pattern LEADING_NOISE =
      Pattern.compile("^(?:[|'\u2018\u2019\"`~_=*\u2022\u00b7.,:;\\-\u2013\u2014]+\\s+)+");
  private static final Pattern LEADING_MARKS =
      Pattern.compile("^['\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\"`~_]+");
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

    AnswerItem(int index, TextLine line, NumberedLineReader.Numbered numbered) {
      this.index = index;
      this.line = line;
      this.q = numbered.q();
      this.text = numbered.text();
      this.afterPrefix = numbered.afterPrefix();
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
    private String text;
    private double confidence;
    private Box box;

    Draft(AnswerItem item) {
      this.q = item.q;
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
      return new ParsedAnswer(q, text, confidence, lineIndex, box);
    }
  }

  /** Parses OCR text: one line per line, each with confidence 100 and no box. */
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
