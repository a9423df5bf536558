package org.quizmarker.jobs;

/** The rough duration the upload answer promises, from images, workers and seconds per image. */
public final class JobEstimates {
  private JobEstimates() {}

  /** E.g. "5-10 seconds" for 3 images on 2 workers at 1.5–3 s each. */
  public static String estimate(
      int images, int workers, double minSecondsPerImage, double maxSecondsPerImage) {
    int rounds = (images + Math.max(1, workers) - 1) / Math.max(1, workers);
    long low = Math.max(1, Math.round(rounds * minSecondsPerImage));
    long high = Math.max(low + 1, Math.round(rounds * maxSecondsPerImage) + 1);
    return low + "-" + high + " seconds";
  }
}
