package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the background reading runs. The number of parallel readers itself is the MDB's maxSession
 * ({@code qm.workers}, set by ./quizmarker to QM_WORKERS or the number of cores).
 */
@ApplicationScoped
public class WorkerSettings {
  @Inject
  @ConfigProperty(name = "qm.workers", defaultValue = "2")
  int workers;

  @Inject
  @ConfigProperty(name = "qm.ocr.timeout-seconds", defaultValue = "60")
  int ocrTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "qm.tessdata", defaultValue = "/usr/share/tesseract-ocr/5/tessdata")
  String tessdata;

  public int count() {
    return Math.max(1, workers);
  }

  public Duration ocrTimeout() {
    return Duration.ofSeconds(ocrTimeoutSeconds);
  }

  public String tessdata() {
    return tessdata;
  }
}
