package org.quizmarker.jobs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A user's job counts by status and by type, and the mean seconds a job took to end. */
public record JobStats(
    long total,
    Map<JobStatus, Long> byStatus,
    Map<JobType, Long> byType,
    Double meanProcessingSeconds) {

  /** Totals over the tallies of one owner (every status and type present, zero if none). */
  public static JobStats of(List<JobTally> tallies) {
    Map<JobStatus, Long> byStatus = new EnumMap<>(JobStatus.class);
    Map<JobType, Long> byType = new EnumMap<>(JobType.class);
    for (JobStatus s : JobStatus.values()) {
      byStatus.put(s, 0L);
    }
    for (JobType t : JobType.values()) {
      byType.put(t, 0L);
    }
    long total = 0;
    long timed = 0;
    long processingMs = 0;
    for (JobTally t : tallies) {
      byStatus.merge(t.status(), t.jobs(), Long::sum);
      byType.merge(t.type(), t.jobs(), Long::sum);
      total += t.jobs();
      timed += t.timedJobs();
      processingMs += t.processingMsSum();
    }
    Double meanSeconds = timed == 0 ? null : processingMs / (double) timed / 1000.0;
    return new JobStats(total, byStatus, byType, meanSeconds);
  }
}
