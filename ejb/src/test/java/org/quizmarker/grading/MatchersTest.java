package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grading rule of the test-sheet README, type by type, plus near misses. */
class MatchersTest {

  @ParameterizedTest(name = "{0} {1}: \"{2}\" is {3}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        // text: normalised equality with any accepted answer
        "text => George Washington|Washington => Washington => CORRECT",
        "text => George Washington|Washington => george washington => CORRECT",
        "text => George Washington|Washington => '  George   Washington. ' => CORRECT",
        "text => Paris => paris => CORRECT",
        "text => Paris => PARIS!? => CORRECT",
        "text => Bill of Rights|the Bill of Rights => the bill of rights => CORRECT",
        "text => Paris => Rome => WRONG",
        "text => Paris => Lyon => WRONG",
        "text => George Washington|Washington => Abraham Lincoln => WRONG",
        // text: a misspelling is never correct, but one close enough may be an OCR error
        "text => mitochondria|mitochondrion => mitochondia => NEAR_MISS",
        "text => Paris => Pads => NEAR_MISS",
        "text => Paris => Pans => NEAR_MISS",
        "text => mitochondria|mitochondrion => rnitochondria => NEAR_MISS",
        "text => oxygen|O2 => 02 => NEAR_MISS",
        "text => Tokyo => Toyo => NEAR_MISS",
        "text => Paris => '' => UNPARSEABLE",
        // number: integer, decimal or fraction with equal value
        "number => 3/4|0.75 => 0.75 => CORRECT",
        "number => 3/4|0.75 => 3/4 => CORRECT",
        "number => 3/4 => 0.75 => CORRECT",
        "number => 3/4 => 6/8 => CORRECT",
        "number => 3/4 => .75 => CORRECT",
        "number => 3/4 => 0.750 => CORRECT",
        "number => 0.6|3/5 => .6 => CORRECT",
        "number => 0.6 => 3/5 => CORRECT",
        "number => 0.6 => 0.60. => CORRECT",
        "number => 1776 => 1776 => CORRECT",
        "number => 0 => 0 => CORRECT",
        "number => 3/4|0.75 => 0.5 => WRONG",
        "number => 1776 => 1774 => WRONG",
        "number => 13 => 12 => WRONG",
        "number => 4.7 => 4.67 => WRONG",
        "number => 46 => 47 => WRONG",
        // number: a look-alike digit, a lost point or letters for digits may be OCR errors
        "number => 46 => 48 => NEAR_MISS",
        "number => 3/4|0.75 => 075 => NEAR_MISS",
        "number => 5.5 => 55 => NEAR_MISS",
        "number => 3/4 => O.75 => NEAR_MISS",
        "number => 1776 => l776 => NEAR_MISS",
        "number => 0 => O => NEAR_MISS",
        "number => 46 => -46 => NEAR_MISS",
        // number: not a number
        "number => 20 => 4x5 => UNPARSEABLE",
        "number => 1776 => l774 => UNPARSEABLE",
        "number => 3 => 1/0 => UNPARSEABLE",
        "number => 3 => '' => UNPARSEABLE",
        "number => 7 => seven => OFF_TYPE",
        "number => 1776 => Paris => OFF_TYPE",
        // choice: one letter, parentheses and case ignored
        "choice => B => B => CORRECT",
        "choice => B => (B) => CORRECT",
        "choice => B => b => CORRECT",
        "choice => B => B) => CORRECT",
        "choice => B => (b). => CORRECT",
        "choice => (B) => B => CORRECT",
        "choice => B => C => WRONG",
        "choice => B => A => WRONG",
        "choice => C => G => NEAR_MISS",
        "choice => D => O => NEAR_MISS",
        "choice => B => 8 => NEAR_MISS",
        "choice => B => [B] => NEAR_MISS",
        "choice => A => 8 => UNPARSEABLE",
        "choice => B => B C => UNPARSEABLE",
        "choice => B => '' => UNPARSEABLE",
        "choice => B => chloroplast => OFF_TYPE",
        // boolean: true/t and false/f, any case
        "boolean => True|T => t => CORRECT",
        "boolean => True|T => True. => CORRECT",
        "boolean => True|T => TRUE => CORRECT",
        "boolean => True => T => CORRECT",
        "boolean => False|F => f => CORRECT",
        "boolean => False|F => false => CORRECT",
        "boolean => True|T => F => WRONG",
        "boolean => True|T => false => WRONG",
        "boolean => True|T => Trve => NEAR_MISS",
        "boolean => True|T => Irue => NEAR_MISS",
        "boolean => True|T => 7 => NEAR_MISS",
        "boolean => False|F => Fa1se => NEAR_MISS",
        "boolean => True|T => (T) => NEAR_MISS",
        "boolean => False|F => Trve => UNPARSEABLE",
        "boolean => True|T => Tme => UNPARSEABLE",
        "boolean => True|T => '' => UNPARSEABLE",
        "boolean => True|T => yes => OFF_TYPE",
      })
  void appliesTheGradingRule(String type, String accepted, String answer, MatchVerdict verdict) {
    QuestionType questionType = QuestionType.fromWireName(type).orElseThrow();
    KeyQuestion question =
        new KeyQuestion(1, "", List.of(accepted.split("\\|")), 1.0, questionType, null);

    MatchResult result = AnswerMatcher.forType(questionType).match(answer, question);

    assertThat(result.verdict()).isEqualTo(verdict);
    if (verdict == MatchVerdict.CORRECT || verdict == MatchVerdict.NEAR_MISS) {
      assertThat(question.accepted()).contains(result.closestAccepted());
    }
  }

  @ParameterizedTest(name = "{0} within {1} of {2}: {3}")
  @CsvSource({
    "0.76, 0.01, 0.75, CORRECT",
    "0.74, 0.01, 3/4, CORRECT",
    "0.77, 0.01, 0.75, WRONG",
    "3.14, 0.005, 3.1416, CORRECT",
    "22/7, 0.01, 3.1416, CORRECT",
    "22/7, 0.001, 3.1416, WRONG",
    "0.333333333333, , 1/3, CORRECT",
    "0.333, , 1/3, WRONG",
  })
  void numberToleranceIsInclusive(
      String answer, Double tolerance, String accepted, MatchVerdict verdict) {
    KeyQuestion question =
        new KeyQuestion(1, "", List.of(accepted), 1.0, QuestionType.NUMBER, tolerance);

    assertThat(new NumberMatcher().match(answer, question).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource({
    "'  Paris  ', paris",
    "'George    Washington', george washington",
    "'True.', true",
    "'Paris !?', paris",
    "'a, b,;:', 'a, b'",
    "'\tBill\nof Rights ', bill of rights",
    "'Straße', strasse",
    "'...', ''",
    "'', ''",
  })
  void normalizes(String text, String expected) {
    assertThat(Normalizer.normalize(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}/{2}")
  @CsvSource({
    "3/4, 3, 4",
    "0.75, 3, 4",
    ".75, 3, 4",
    "6/8, 3, 4",
    "4.25, 17, 4",
    "-2, -2, 1",
    "+2, 2, 1",
    "-1/2, -1, 2",
    "3 / 5, 3, 5",
    "1776, 1776, 1",
    "0, 0, 1",
    "5., 5, 1",
  })
  void parsesNumbers(String text, long numerator, long denominator) {
    NumberValue value = NumberValue.parse(text).orElseThrow();

    assertThat(value.numerator().longValueExact()).isEqualTo(numerator);
    assertThat(value.denominator().longValueExact()).isEqualTo(denominator);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"4x5", "1/0", "1.2.3", "3/4.5", "seven", "''", "'1,5'", "1 2", "--3"})
  void rejectsWhatIsNotANumber(String text) {
    assertThat(NumberValue.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}/{1}: {2}")
  @CsvSource({
    "paris, pads, 2",
    "paris, paris, 0",
    "prais, paris, 1",
    "'', abc, 3",
    "rome, paris, 5"
  })
  void measuresEditDistance(String a, String b, int distance) {
    assertThat(EditDistance.damerauLevenshtein(a, b)).isEqualTo(distance);
    assertThat(EditDistance.damerauLevenshtein(b, a)).isEqualTo(distance);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"-0.1", "1.0", "NaN"})
  void rejectsABadNearMissRatio(double ratio) {
    assertThatThrownBy(() -> new TextMatcher(ratio)).isInstanceOf(IllegalArgumentException.class);
  }
}
