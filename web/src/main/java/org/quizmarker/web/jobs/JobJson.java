package org.quizmarker.web.jobs;

import java.util.List;
import org.quizmarker.jobs.ImageResult;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.web.api.Times;

/**
 * A job as the API shows it: the prototype's field names, then the per-item counts and the quiz it
 * is marked against (null when none).
 */
public record JobJson(
    String jobId,
    String jobType,
    String status,
    int progress,
    String currentStep,
    String createdAt,
    String startedAt,
    String completedAt,
    List<ImageResult> result,
    String error,
    int totalItems,
    int doneItems,
    int failedItems,
    Long quizId) {

  public static JobJson of(JobSnapshot s, List<ImageResult> result) {
    return new JobJson(
        s.jobId().toString(),
        s.jobType().wire(),
        s.status().wire(),
        s.progress(),
        s.currentStep(),
        Times.iso(s.createdAt()),
        Times.iso(s.startedAt()),
        Times.iso(s.completedAt()),
        result,
        s.error(),
        s.totalItems(),
        s.doneItems(),
        s.failedItems(),
        s.quizId());
  }
}
