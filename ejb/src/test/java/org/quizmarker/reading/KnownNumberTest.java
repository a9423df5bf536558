package org.quizmarker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3  | #3 7          | 7",
        "3  | #37           | 7", // PP-OCR v4 dropped the space
        "19 | Q19.A         | A",
        "1  | (1) 3/4       | 3/4",
        "2  | 2: 16         | 16",
        "11 | 11 - True     | True",
        "5  | Q5. 10/8      | 10/8",
        "9  | 9) 4.8        | 4.8",
        "6  | #6  bill  of rights | bill of rights",
        "7  | (07) 0.75     | 0.75",
        "4  | 4 -           | ''",
      })
  void stripsTheExpectedNumberInEveryNumberingStyle(int q, String line, String answer) {
    assertThat(KnownNumber.strip(q, line)).contains(answer);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"3 | #4 7", "12 | 1. Paris", "1 | Paris", "3 | ''"})
  void aLineWithoutTheNumberGivesNothing(int q, String line) {
    assertThat(KnownNumber.strip(q, line)).isEmpty();
  }
}
