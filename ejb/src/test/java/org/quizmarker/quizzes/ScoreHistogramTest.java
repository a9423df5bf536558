package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

  @Test
  void upToTwentyPointsEachPointIsABucketAndTheFullScoreCountsInTheLast() {
    List<ScoreHistogram.Bucket> buckets = ScoreHistogram.of(List.of(0.0, 0.5, 3.0, 4.0, 4.0), 4);
    assertThat(buckets)
        .containsExactly(
            new ScoreHistogram.Bucket(0, 1, 2),
            new ScoreHistogram.Bucket(1, 2, 0),
            new ScoreHistogram.Bucket(2, 3, 0),
            new ScoreHistogram.Bucket(3, 4, 3));
  }

  @Test
  void largerQuizzesGetTenEqualBuckets() {
    List<ScoreHistogram.Bucket> buckets = ScoreHistogram.of(List.of(0.0, 49.9, 50.0, 100.0), 100);
    assertThat(buckets).hasSize(10);
    assertThat(buckets.get(4)).isEqualTo(new ScoreHistogram.Bucket(40, 50, 1));
    assertThat(buckets.get(5)).isEqualTo(new ScoreHistogram.Bucket(50, 60, 1));
    assertThat(buckets.get(9)).isEqualTo(new ScoreHistogram.Bucket(90, 100, 1));
    assertThat(buckets.stream().mapToInt(ScoreHistogram.Bucket::count).sum()).isEqualTo(4);
  }

  @Test
  void aKeyWithoutPointsHasNoHistogram() {
    assertThat(ScoreHistogram.of(List.of(0.0), 0)).isEmpty();
  }

  @Test
  void countedScoresFillTheSameBucketsAsTheScoresOneByOne() {
    List<Double> scores = List.of(0.0, 0.5, 3.0, 4.0, 4.0, 2.5, 2.5, 2.5);
    assertThat(
            ScoreHistogram.ofCounts(
                List.of(
                    new SubmissionFigures.ScoreCount(0.0, 1),
                    new SubmissionFigures.ScoreCount(0.5, 1),
                    new SubmissionFigures.ScoreCount(3.0, 1),
                    new SubmissionFigures.ScoreCount(4.0, 2),
                    new SubmissionFigures.ScoreCount(2.5, 3)),
                4))
        .isEqualTo(ScoreHistogram.of(scores, 4))
        .extracting(ScoreHistogram.Bucket::count)
        .containsExactly(2, 0, 3, 3);
  }
}
