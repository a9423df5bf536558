package org.quizmarker.jobs;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.quizmarker.grading.ParsedSheet;

/** What the job pipeline needs of marking: grade a read sheet, and show the grades of a job. */
public interface GradeBook {

  /** Grades one read image against the quiz, in the caller's transaction. */
  void gradeImage(long quizId, long imageId, UUID jobId, ParsedSheet reading);

  /**
   * For each graded image of the job (by image id): {@code grade} (submission id, score, max score,
   * needs review) and {@code answers} (one decision per question of the key).
   */
  Map<Long, JsonObject> gradesForJob(long quizId, UUID jobId);
}
