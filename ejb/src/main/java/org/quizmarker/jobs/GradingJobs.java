package org.quizmarker.jobs;

import java.util.UUID;

/** Runs grading jobs (implemented by the marking feature). */
public interface GradingJobs {

  /** Grades every read image of the job's source upload, advancing the job as it goes. */
  void run(UUID gradingJobId);
}
