package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.quizmarker.reading.ReadingSettings;

/** Hands the reading package its settings, so that it needs nothing of the job package. */
@ApplicationScoped
public class ReadingSettingsProducer {
  @Inject WorkerSettings workers;
  @Inject UploadLimits limits;

  @Produces
  ReadingSettings readingSettings() {
    return new ReadingSettings(workers.tessdata(), workers.count(), limits.maxPixels());
  }
}
