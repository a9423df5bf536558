package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerParserTest {

  private final AnswerParser parser = new AnswerParser();

  @ParameterizedTest(name = "[{0}] -> {1} \"{2}\"")
  @CsvSource(
      delimiterString = " => ",
      value = {
        // every numbering style of the sheets
        "1. Paris => 1 => Paris",
        "2) 42 => 2 => 42",
        "Q3: photosynthesis => 3 => photosynthesis",
        "4 - True => 4 => True",
        "5: B => 5 => B",
        "Q6. 3/4 => 6 => 3/4",
        "(7) 0.75 => 7 => 0.75",
        "#8 mitochondria => 8 => mitochondria",
        // spacing and case variants
        "q3: photosynthesis => 3 => photosynthesis",
        "Q 3 : photosynthesis => 3 => photosynthesis",
        "1.Paris => 1 => Paris",
        "2)42 => 2 => 42",
        "4-True => 4 => True",
        "5:B => 5 => B",
        "(13) 5/6 => 13 => 5/6",
        "#14 Ural   Mountains => 14 => Ural Mountains",
        "10. O2 => 10 => O2",
        "12 - 5.05 => 12 => 5.05",
        "3 - -2 => 3 => -2",
        // OCR noise in the punctuation of the numbering
        "1, Paris => 1 => Paris",
        "2; INDIAN OCEAN => 2 => INDIAN OCEAN",
        "7 ~ 90 => 7 => 90",
        "@10; OTTAWA => 10 => OTTAWA",
        "12 Paris => 12 => Paris",
        "| 3. Paris => 3 => Paris",
        "“#7 CELL => 7 => CELL",
        "3. Paris | => 3 => Paris",
        // OCR look-alikes in the question number
        "Q1O. 9 => 10 => 9",
        "l) nucleus => 1 => nucleus",
        "IO) 9 => 10 => 9",
        "lo) 9 => 10 => 9",
        "Il. False => 11 => False",
        "1l-F => 11 => F",
        "|. 0.75 => 1 => 0.75",
        "O3: photosynthesis => 3 => photosynthesis",
        "Qi: George Washington => 1 => George Washington",
        "QS: B => 5 => B",
        // a handwritten Q read as G or O
        "G3: nucleus => 3 => nucleus",
        "Gll: D => 11 => D",
        "O12. 4 => 12 => 4",
        "Qs: 1/2 => 5 => 1/2",
        "(B) 50 => 8 => 50",
        "#B mitochondria => 8 => mitochondria",
        "1S. 9/8 => 15 => 9/8",
        "A2) mitosis => 12 => mitosis",
        "CIO) oxygen => 10 => oxygen",
        "#\\ George Washington => 1 => George Washington",
      })
  void readsEveryNumberingStyle(String line, int q, String text) {
    ParsedSheet sheet = parser.parse(line);

    assertThat(sheet.answers())
        .extracting(ParsedAnswer::q, ParsedAnswer::text)
        .containsExactly(tuple(q, text));
    assertThat(sheet.unparsedLines()).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "4.25",
        "3/4",
        "1776",
        "O2",
        "Paris",
        "B) chloroplast",
        "S. America",
        "I think so",
        "0. zero",
        "1776 was the year",
      })
  void leavesLinesThatAreNotNumberedAnswersAlone(String line) {
    ParsedSheet sheet = parser.parse(line);

    assertThat(sheet.answers()).isEmpty();
    assertThat(sheet.unparsedLines()).containsExactly(line);
  }

  @Test
  void readsAMixedSheet() {
    String text =
        """
        Quiz: World Geography
        Name: Ruth Rossi
        Student ID: 77127774
        (1) Rome
        Q2. Pacific Ocean
        (3) 8
        4 - Nile
        (5) C
        6) true
        7. Tokyo
        #8 50
        (9) 45
        Q10: Montreal
        #11 Gobi
        12: False
        Q13. B
        14 - Ural Mountains
        """;

    ParsedSheet sheet = parser.parse(text);

    assertThat(sheet.quizTitle()).isEqualTo("World Geography");
    assertThat(sheet.studentName()).isEqualTo("Ruth Rossi");
    assertThat(sheet.studentId()).isEqualTo("77127774");
    assertThat(sheet.questionCount()).isEqualTo(14);
    assertThat(sheet.answers())
        .extracting(ParsedAnswer::text)
        .containsExactly(
            "Rome",
            "Pacific Ocean",
            "8",
            "Nile",
            "C",
            "true",
            "Tokyo",
            "50",
            "45",
            "Montreal",
            "Gobi",
            "False",
            "B",
            "Ural Mountains");
    assertThat(sheet.answers()).extracting(ParsedAnswer::lineIndex).startsWith(3, 4, 5);
    assertThat(sheet.unparsedLines()).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Quiz: Cell Biology            | QUIZ | Cell Biology",
        "QUIZ: US History              | QUIZ | US History",
        "quiz Cell Biology             | QUIZ | Cell Biology",
        "Qu1z: Fractions and Decimals  | QUIZ | Fractions and Decimals",
        "Qui: Cell Biology             | QUIZ | Cell Biology",
        "Quiz - Cell Biology           | QUIZ | Cell Biology",
        "Quiz: Biology: Cells          | QUIZ | Biology: Cells",
        "Name: Omar Silva              | NAME | Omar Silva",
        "NAME; ELENA WILSON            | NAME | ELENA WILSON",
        "Narne: Omar Silva             | NAME | Omar Silva",
        "Nawe: Felix Tanaka            | NAME | Felix Tanaka",
        "name Omar Silva               | NAME | Omar Silva",
        "NAME. ISABELLA MENSAH         | NAME | ISABELLA MENSAH",
        "Student Name: Omar Silva      | NAME | Omar Silva",
        "Student ID: 0271115           | ID   | 0271115",
        "Student 1D: 0271115           | ID   | 0271115",
        "STUDENT ip: 8266547           | ID   | 8266547",
        "Student ID 0271115            | ID   | 0271115",
        "Student ID! 95264228          | ID   | 95264228",
        "Student (ID: 4786595          | ID   | 4786595",
        "StudentID:0271115             | ID   | 0271115",
        "ID: 4417093                   | ID   | 4417093",
        "lD: 44l7O93                   | ID   | 4417093",
        "Student ID: 0271 115          | ID   | 0271115",
      })
  void readsHeadersDespiteOcrNoise(String line, String field, String value) {
    ParsedSheet sheet = parser.parse(line);

    String read =
        switch (field) {
          case "QUIZ" -> sheet.quizTitle();
          case "NAME" -> sheet.studentName();
          default -> sheet.studentId();
        };
    assertThat(read).isEqualTo(value);
    assertThat(sheet.answers()).isEmpty();
    assertThat(sheet.unparsedLines()).isEmpty();
  }

  @Test
  void aHeaderAfterTheAnswersNeedsItsExactKeywordAndColon() {
    ParsedSheet sheet = parser.parse("Name: Ann Lee\n10. Ottawa\n11: Sahara\nQiz: Irue\n13: B");

    assertThat(sheet.quizTitle()).isNull();
    assertThat(sheet.answer(12)).map(ParsedAnswer::text).contains("Irue");
  }

  @Test
  void keepsTheFirstOfARepeatedHeader() {
    ParsedSheet sheet = parser.parse("Name: Ann Lee\nName: Bob Ray\n1. Paris");

    assertThat(sheet.studentName()).isEqualTo("Ann Lee");
    assertThat(sheet.unparsedLines()).containsExactly("Name: Bob Ray");
  }

  @Test
  void sheetWithoutHeadersHasNullFields() {
    ParsedSheet sheet = parser.parse("1. Paris\n2. Nile");

    assertThat(sheet.quizTitle()).isNull();
    assertThat(sheet.studentName()).isNull();
    assertThat(sheet.studentId()).isNull();
    assertThat(sheet.questionCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // words spilling onto the next line join the answer above
        "'5 - True\\n6 - Bill of\\nRights'                 | 6 | Bill of Rights",
        "'1. the powerhouse of\\nthe cell\\n2. Nile'       | 1 | the powerhouse of the cell",
        // an answer written on the line below its number
        "'7)\\n0.75\\n8) 3'                                | 7 | 0.75",
      })
  void joinsContinuationLines(String text, int q, String answer) {
    ParsedSheet sheet = parser.parse(text.replace("\\n", "\n"));

    assertThat(sheet.answer(q)).map(ParsedAnswer::text).contains(answer);
    assertThat(sheet.unparsedLines()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // numbers, letters and truth values do not spill over
        "'3) 42\\nParis\\n4) 7'          | 3 | 42      | Paris",
        "'4 - B\\nchloroplast\\n5 - T'   | 4 | B       | chloroplast",
        "'5 - True\\nstory\\n6 - x'      | 5 | True    | story",
        // specks with too few letters
        "'1. Paris\\nee\\n2. Nile'       | 1 | Paris   | ee",
      })
  void keepsLinesThatAreNotContinuationsApart(String text, int q, String answer, String unparsed) {
    ParsedSheet sheet = parser.parse(text.replace("\\n", "\n"));

    assertThat(sheet.answer(q)).map(ParsedAnswer::text).contains(answer);
    assertThat(sheet.unparsedLines()).containsExactly(unparsed);
  }

  @Test
  void ignoresBlankAndPunctuationOnlyLines() {
    ParsedSheet sheet = parser.parse("\n  \n~~~\n1. Paris\n|\n — . \n2. Nile\n''\n");

    assertThat(sheet.answers()).extracting(ParsedAnswer::text).containsExactly("Paris", "Nile");
    assertThat(sheet.unparsedLines()).isEmpty();
  }

  @Test
  void keepsTheFirstOfARepeatedQuestionNumber() {
    ParsedSheet sheet = parser.parse("1. Paris\n2. Nile\n2. Amazon\n3. Tokyo");

    assertThat(sheet.answers())
        .extracting(ParsedAnswer::q, ParsedAnswer::text)
        .containsExactly(tuple(1, "Paris"), tuple(2, "Nile"), tuple(3, "Tokyo"));
    assertThat(sheet.unparsedLines()).containsExactly("2. Amazon");
    assertThat(sheet.questionCount()).isEqualTo(3);
  }

  @Test
  void keepsNumbersOutOfSequenceAndSortsThem() {
    ParsedSheet sheet = parser.parse("2. Nile\n1. Paris\n4. Tokyo\n3. Rome");

    assertThat(sheet.answers())
        .extracting(ParsedAnswer::q, ParsedAnswer::text, ParsedAnswer::lineIndex)
        .containsExactly(
            tuple(1, "Paris", 1), tuple(2, "Nile", 0), tuple(3, "Rome", 3), tuple(4, "Tokyo", 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "6" after 15 is probably 16 with its 1 lost: the answer may be another question's
        "'1. a\\n2. b\\n4. d\\n5. e\\n3. c' | 3",
        "'1. a\\n2. b\\n3. c\\n7. g\\n8. h\\n9. i\\n6. f' | 6",
        // in order, with or without gaps, from any first number: nothing in doubt
        "'1. a\\n2. b\\n4. d\\n5. e'         | ''",
        "'Name: Ann Lee\\n21. a\\n22. b\\n23. c' | ''",
      })
  void doubtsNumbersThatBreakTheOrder(String text, String doubted) {
    ParsedSheet sheet = parser.parse(text.replace("\\n", "\n"));

    assertThat(sheet.answers())
        .filteredOn(ParsedAnswer::numberInDoubt)
        .extracting(a -> String.valueOf(a.q()))
        .containsExactlyElementsOf(doubted.isEmpty() ? List.of() : List.of(doubted.split(",")));
  }

  @Test
  void leavesMissingNumbersMissing() {
    ParsedSheet sheet = parser.parse("1. Paris\n3. Tokyo\n4. Rome");

    assertThat(sheet.answers()).extracting(ParsedAnswer::q).containsExactly(1, 3, 4);
    assertThat(sheet.questionCount()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a misread number where exactly one is missing between its neighbours
        "'1. a\\n2. b\\n8. c\\n4. d'           | 1,2,3,4     | a,b,c,d",
        "'41 a\\n2. b\\n3. c'                  | 1,2,3       | a,b,c",
        "'1. a\\n2. b\\n2. c'                  | 1,2,3       | a,b,c",
        // a number run together with its answer
        "'#1 a\\n#24\\n#3 c'                   | 1,2,3       | a,4,c",
        "'#10.5\\n#2 4'                        | 1,2         | 0.5,4",
        "'#11 x\\n#1255\\n#13 B'               | 11,12,13    | x,55,B",
        // a lost leading digit
        "'9. a\\n10. b\\n11. c\\n2. d\\n3. e'  | 2,3,9,10,11 | d,e,a,b,c",
        "'1. a\\n2. b\\n10. c\\n2. d\\n3. e'   | 1,2,3,10,12 | a,b,e,c,d",
      })
  void repairsNumbersFromTheirNeighbours(String text, String numbers, String answers) {
    assertNumbersAndAnswers(text, numbers, answers);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // as many lines as numbers missing between two answers: they are those answers, in order
        "'2. Pacific\\nNile\\n4. C'                      | 2,3,4        | Pacific,Nile,C",
        "'(1) a\\n(VU) b\\n(3) c'                        | 1,2,3        | a,b,c",
        "'(1) w\\n(2) x\\n(¢) b\\n(A) c\\n(5) d'        | 1,2,3,4,5    | w,x,b,c,d",
        // a spill-over line beside one shaped like a numbered line
        "'1. Bill of\\nRights\\n(?) Nile\\n3. C'         | 1,2,3        | Bill of Rights,Nile,C",
        // before the first and after the last answer only lines shaped like numbered ones
        "'Name: Ann Lee\\n(¥) a\\n2. b\\n3. c'          | 1,2,3        | a,b,c",
        "'1. a\\n2. b\\nCIV) c\\n(173) d'                | 1,2,3,4      | a,b,c,d",
        "'1. Magna\\n2. Bill of\\nRights'               | 1,2          | Magna,Bill of Rights",
        // a line shaped like a numbered one is not a spill-over
        "'1. Magna\\n2. Bill of\\nQU. Rights'           | 1,2,3        | Magna,Bill of,Rights",
        // fewer lines than numbers missing: nothing is guessed
        "'1. a\\nbee\\n4. d'                           | 1,4          | a,d",
        "'Nile\\n3. c'                                   | 3            | c",
        // one number read is not enough to trust places
        "'(5) a\\n(¢) b\\n(¥) c'                        | 5            | a",
      })
  void numbersUnreadableNumbersByTheirPlace(String text, String numbers, String answers) {
    assertNumbersAndAnswers(text, numbers, answers);
  }

  /** {@code text} (lines separated by a literal \\n) parses to these numbers and answers. */
  private void assertNumbersAndAnswers(String text, String numbers, String answers) {
    ParsedSheet sheet = parser.parse(text.replace("\\n", "\n"));

    assertThat(sheet.answers())
        .extracting(a -> String.valueOf(a.q()))
        .containsExactly(numbers.split(","));
    assertThat(sheet.answers()).extracting(ParsedAnswer::text).containsExactly(answers.split(","));
  }

  @Test
  void numbersByPlaceOnlyWhereLinesAreEvenlySpaced() {
    // after the last number read, a gap of two line pitches means OCR lost a whole line
    List<TextLine> lines =
        List.of(
            new TextLine("1. a", 90, new Box(10, 100, 200, 30)),
            new TextLine("2. b", 90, new Box(10, 150, 200, 30)),
            new TextLine("(¢) c", 90, new Box(10, 200, 200, 30)),
            new TextLine("(¥) d", 90, new Box(10, 300, 200, 30)));

    ParsedSheet sheet = parser.parse(lines);

    assertThat(sheet.answers())
        .extracting(ParsedAnswer::q, ParsedAnswer::text)
        .containsExactly(tuple(1, "a"), tuple(2, "b"), tuple(3, "c"));
    assertThat(sheet.unparsedLines()).containsExactly("(¥) d");
  }

  @Test
  void linesCarryTheirConfidenceAndBox() {
    List<TextLine> lines =
        List.of(
            new TextLine("Name: Ann Lee", 91.0, new Box(10, 10, 300, 40)),
            new TextLine("1 - Bill of", 88.5, new Box(10, 60, 200, 40)),
            new TextLine("Rights", 61.0, new Box(40, 105, 120, 40)),
            new TextLine("2 - 1776", 95.0, new Box(10, 150, 150, 40)));

    ParsedSheet sheet = parser.parse(lines);

    assertThat(sheet.answers())
        .containsExactly(
            new ParsedAnswer(1, "Bill of Rights", 61.0, 1, new Box(10, 60, 200, 85)),
            new ParsedAnswer(2, "1776", 95.0, 3, new Box(10, 150, 150, 40)));
  }

  @Test
  void textInputHasFullConfidenceAndNoBox() {
    ParsedSheet sheet = parser.parse("1. Paris\r\n2. Nile");

    assertThat(sheet.answers())
        .containsExactly(
            new ParsedAnswer(1, "Paris", 100.0, 0, null),
            new ParsedAnswer(2, "Nile", 100.0, 1, null));
  }

  @Test
  void emptyInputGivesAnEmptySheet() {
    assertThat(parser.parse("").questionCount()).isZero();
    assertThat(parser.parse((String) null).answers()).isEmpty();
    assertThat(parser.parse(List.of()).unparsedLines()).isEmpty();
  }
}
