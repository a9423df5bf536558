package org.quizmarker.jobs;

/**
 * The progress arithmetic the Flask prototype's clients know: 5 % when reading starts, a share of
 * 90 points per ended image, 95 % while the job is finalised, 100 % when it has ended. Progress
 * never goes backwards.
 */
public final class JobProgress {
  public static final int STARTED = 5;
  public static final int FINALISING = 95;
  public static final int DONE = 100;

  public static final String STEP_QUEUED = "Queued";
  public static final String STEP_STARTING = "Starting image processing";
  public static final String STEP_FINALISING = "Processing complete, cleaning up files";
  public static final String STEP_DONE = "Image processing complete";
  public static final String STEP_GRADING_DONE = "Grading complete";
  public static final String STEP_CANCELLED = "Cancelled";

  private JobProgress() {}

  /** Progress after {@code ended} of {@code total} items have ended, never above 95. */
  public static int afterItems(int ended, int total) {
    if (total <= 0) {
      return FINALISING;
    }
    int clamped = Math.max(0, Math.min(ended, total));
    return STARTED + (FINALISING - STARTED) * clamped / total;
  }

  /** The step shown while items are being read; {@code ordinal} counts from 1. */
  public static String processingStep(int ordinal, int total) {
    return "Processing image " + Math.max(1, Math.min(ordinal, total)) + " of " + total;
  }

  /** The higher of the two: a late writer never moves progress back. */
  public static int monotonic(int current, int proposed) {
    return Math.max(current, proposed);
  }
}
