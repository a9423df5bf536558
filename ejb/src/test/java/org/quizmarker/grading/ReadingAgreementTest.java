package org.quizmarker.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingAgreementTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NUMBER  | 0.75          | 3/4            | true", // by value
        "NUMBER  | .6            | 0.6            | true",
        "NUMBER  | 1776          | 1 776          | true",
        "NUMBER  | 23.5          | 245            | false",
        "NUMBER  | 12            | 12.            | true",
        "NUMBER  | 4x5           | 4x5            | true", // same unparseable reading
        "NUMBER  | 4x5           | 45             | false",
        "CHOICE  | (b)           | B              | true", // by letter
        "CHOICE  | C             | c)             | true",
        "CHOICE  | C             | G              | false",
        "BOOLEAN | T             | true           | true", // by meaning
        "BOOLEAN | False         | f              | true",
        "BOOLEAN | true          | trve           | false",
        "TEXT    | Pacific Ocean | pacific  ocean | true", // normalised
        "TEXT    | Paris.        | paris          | true",
        "TEXT    | new           | wet            | false",
        "TEXT    | ran           | hah            | false",
        "TEXT    | bill of rights| billof rights  | false",
        "TEXT    | ''            | ''             | false", // nothing read is no agreement
      })
  void agreementFollowsTheQuestionType(QuestionType type, String a, String b, boolean agree) {
    assertThat(ReadingAgreement.agree(type, a, b)).isEqualTo(agree);
    assertThat(ReadingAgreement.agree(type, b, a)).isEqualTo(agree);
  }
}
