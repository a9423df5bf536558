package org.quizmarker.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quizmarker.grading.Grader;
import org.quizmarker.grading.GradingPolicy;

/** The grader with the configured "sure enough" threshold (QM_GRADING_MIN_CONFIDENCE). */
@ApplicationScoped
public class GradingSettings {
  @Inject
  @ConfigProperty(
      name = "qm.grading.min-confidence",
      defaultValue = "" + GradingPolicy.DEFAULT_MIN_CONFIDENCE)
  double minConfidence;

  public Grader grader() {
    return new Grader(GradingPolicy.withMinConfidence(minConfidence));
  }
}
