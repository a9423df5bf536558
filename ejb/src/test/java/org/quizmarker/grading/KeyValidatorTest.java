package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KeyValidatorTest {

  private final KeyValidator validator = new KeyValidator();

  private static final AnswerKey VALID =
      new AnswerKey(
          "Fractions and Decimals",
          List.of(
              new KeyQuestion(1, "1/2 + 1/4", List.of("3/4", "0.75"), 1, QuestionType.NUMBER, null),
              new KeyQuestion(2, "pi", List.of("3.14"), 2, QuestionType.NUMBER, 0.01),
              new KeyQuestion(3, "larger?", List.of("(A)"), 1, QuestionType.CHOICE, null),
              new KeyQuestion(4, "T/F", List.of("True", "T"), 0.5, QuestionType.BOOLEAN, null),
              new KeyQuestion(5, "name", List.of("numerator"), 1, QuestionType.TEXT, null)));

  @Test
  void aValidKeyHasNoProblems() {
    assertThat(validator.validate(VALID)).isEmpty();
    assertThat(validator.isValid(VALID)).isTrue();
  }

  static Stream<Arguments> badKeys() {
    return Stream.of(
        bad("blank title", k -> new AnswerKey("  ", k.questions()), "title must not be blank"),
        bad("null title", k -> new AnswerKey(null, k.questions()), "title must not be blank"),
        bad("long title", k -> new AnswerKey("x".repeat(201), k.questions()), "at most 200"),
        bad("no questions", k -> new AnswerKey("T", List.of()), "at least one"),
        bad(
            "too many questions",
            k ->
                new AnswerKey(
                    "T",
                    IntStream.rangeClosed(1, 501)
                        .mapToObj(i -> KeyQuestion.of(i, QuestionType.TEXT, "x"))
                        .toList()),
            "at most 500"),
        bad(
            "repeated number",
            k -> with(k, KeyQuestion.of(2, QuestionType.TEXT, "y")),
            "question 2: the question number is used more than once"),
        bad(
            "number 0",
            k -> with(k, KeyQuestion.of(0, QuestionType.TEXT, "y")),
            "must be between 1 and 10000, not 0"),
        bad(
            "zero points",
            k -> with(k, new KeyQuestion(9, "", List.of("y"), 0, QuestionType.TEXT, null)),
            "question 9: points must be more than 0"),
        bad(
            "negative points",
            k -> with(k, new KeyQuestion(9, "", List.of("y"), -1, QuestionType.TEXT, null)),
            "points must be more than 0"),
        bad(
            "points 1e308 (totals would overflow)",
            k -> with(k, new KeyQuestion(9, "", List.of("y"), 1e308, QuestionType.TEXT, null)),
            "at most 1000.0, not 1.0E308"),
        bad(
            "infinite points",
            k ->
                with(
                    k,
                    new KeyQuestion(
                        9, "", List.of("y"), Double.POSITIVE_INFINITY, QuestionType.TEXT, null)),
            "points must be more than 0"),
        bad(
            "NaN points",
            k -> with(k, new KeyQuestion(9, "", List.of("y"), Double.NaN, QuestionType.TEXT, null)),
            "points must be more than 0"),
        bad(
            "question number beyond the bound",
            k -> with(k, KeyQuestion.of(2_000_000_000, QuestionType.TEXT, "y")),
            "must be between 1 and 10000"),
        bad(
            "huge tolerance",
            k -> with(k, new KeyQuestion(9, "", List.of("1"), 1, QuestionType.NUMBER, 1e300)),
            "tolerance must be between 0 and"),
        bad(
            "infinite tolerance",
            k ->
                with(
                    k,
                    new KeyQuestion(
                        9, "", List.of("1"), 1, QuestionType.NUMBER, Double.POSITIVE_INFINITY)),
            "tolerance must be between 0 and"),
        bad(
            "1 MB prompt",
            k ->
                with(
                    k,
                    new KeyQuestion(
                        9, "x".repeat(1_000_000), List.of("y"), 1, QuestionType.TEXT, null)),
            "the prompt is 1000000 characters long; at most 2000"),
        bad(
            "too many accepted answers",
            k ->
                with(
                    k,
                    new KeyQuestion(
                        9,
                        "",
                        IntStream.range(0, 51).mapToObj(i -> "a" + i).toList(),
                        1,
                        QuestionType.TEXT,
                        null)),
            "at most 50 accepted answers"),
        bad(
            "long accepted answer",
            k -> with(k, KeyQuestion.of(9, QuestionType.TEXT, "y".repeat(201))),
            "longer than 200 characters"),
        bad(
            "no accepted",
            k -> with(k, new KeyQuestion(9, "", List.of(), 1, QuestionType.TEXT, null)),
            "question 9: at least one accepted answer"),
        bad("blank text", k -> with(k, KeyQuestion.of(9, QuestionType.TEXT, " ")), "is blank"),
        bad(
            "word for a number",
            k -> with(k, KeyQuestion.of(9, QuestionType.NUMBER, "four")),
            "\"four\" is not a number"),
        bad(
            "zero denominator",
            k -> with(k, KeyQuestion.of(9, QuestionType.NUMBER, "1/0")),
            "\"1/0\" is not a number"),
        bad(
            "two letters",
            k -> with(k, KeyQuestion.of(9, QuestionType.CHOICE, "AB")),
            "\"AB\" is not a single letter"),
        bad(
            "digit for a letter",
            k -> with(k, KeyQuestion.of(9, QuestionType.CHOICE, "1")),
            "not a single letter"),
        bad(
            "yes for boolean",
            k -> with(k, KeyQuestion.of(9, QuestionType.BOOLEAN, "yes")),
            "\"yes\" is not True, False, T or F"),
        bad(
            "no type",
            k -> with(k, new KeyQuestion(9, "", List.of("y"), 1, null, null)),
            "type is missing"),
        bad(
            "negative tolerance",
            k -> with(k, new KeyQuestion(9, "", List.of("1"), 1, QuestionType.NUMBER, -0.1)),
            "tolerance must be between 0 and"),
        bad(
            "tolerance on text",
            k -> with(k, new KeyQuestion(9, "", List.of("y"), 1, QuestionType.TEXT, 0.5)),
            "only allowed for number questions"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badKeys")
  void reportsEachProblem(String name, AnswerKey key, String problem) {
    List<String> problems = validator.validate(key);

    assertThat(problems).anySatisfy(p -> assertThat(p).contains(problem));
    assertThat(validator.isValid(key)).isFalse();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    AnswerKey key =
        new AnswerKey(
            "",
            List.of(
                new KeyQuestion(1, "", List.of("x"), 0, QuestionType.NUMBER, null),
                new KeyQuestion(1, "", List.of("Z", "yes"), 1, QuestionType.BOOLEAN, 1.0)));

    assertThat(validator.validate(key))
        .containsExactly(
            "title must not be blank",
            "question 1: points must be more than 0 and at most 1000.0, not 0.0",
            "question 1: accepted answer \"x\" is not a number (an integer, a decimal such as 0.75, or a fraction a/b)",
            "question 1: the question number is used more than once",
            "question 1: accepted answer \"Z\" is not True, False, T or F",
            "question 1: accepted answer \"yes\" is not True, False, T or F",
            "question 1: a tolerance is only allowed for number questions");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "number, 42",
    "number, -3",
    "number, .6",
    "number, 3/5",
    "number, 4.25",
    "choice, B",
    "choice, b",
    "choice, (C)",
    "boolean, True",
    "boolean, f",
    "boolean, T",
    "text, Bill of Rights",
  })
  void acceptsEveryFormOfTheRule(String type, String accepted) {
    AnswerKey key =
        new AnswerKey(
            "T",
            List.of(KeyQuestion.of(1, QuestionType.fromWireName(type).orElseThrow(), accepted)));

    assertThat(validator.validate(key)).isEmpty();
  }

  private static Arguments bad(String name, UnaryOperator<AnswerKey> change, String problem) {
    return Arguments.of(name, change.apply(VALID), problem);
  }

  private static AnswerKey with(AnswerKey key, KeyQuestion extra) {
    List<KeyQuestion> questions = new ArrayList<>(key.questions());
    questions.add(extra);
    return new AnswerKey(key.title(), questions);
  }
}
