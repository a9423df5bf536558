package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quizmarker.jobs.FailureClassifier.Verdict;

class FailureClassifierTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new SQLTransientConnectionException("connection lost"), Verdict.TRANSIENT),
        Arguments.of(new SQLRecoverableException("socket closed"), Verdict.TRANSIENT),
        Arguments.of(new LockTimeoutException("lock"), Verdict.TRANSIENT),
        Arguments.of(new PessimisticLockException("lock"), Verdict.TRANSIENT),
        Arguments.of(
            new RuntimeException(
                "wrapped",
                new IllegalStateException("inner", new SQLTransientConnectionException("x"))),
            Verdict.TRANSIENT),
        Arguments.of(new IllegalStateException("bug"), Verdict.UNEXPECTED),
        Arguments.of(new NullPointerException(), Verdict.UNEXPECTED));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void classifies(Throwable failure, Verdict expected) {
    assertThat(FailureClassifier.classify(failure)).isEqualTo(expected);
  }

  @Test
  void reasonNamesTheRootCause() {
    Throwable t =
        new RuntimeException("outer", new SQLTransientConnectionException("database went away"));
    assertThat(FailureClassifier.reason(t))
        .isEqualTo("SQLTransientConnectionException: database went away");
    assertThat(FailureClassifier.reason(new NullPointerException()))
        .isEqualTo("NullPointerException");
  }
}
