package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quizmarker.ocr.TesseractEngine;

/**
 * How the background reading runs. The number of parallel readers itself is the MDB's maxSession,
 * which the server resolves from the same setting ({@link #WORKERS_EXPRESSION}), so the handle pool
 * and the readers agree however the server is started.
 */
@ApplicationScoped
public class WorkerSettings {
  /** The one default of {@code qm.workers} / QM_WORKERS. */
  public static final String DEFAULT_WORKERS = "2";

  /**
   * The same setting as a server expression (for annotation property replacement, which reads
   * system properties and the environment, not MicroProfile Config): the system property first,
   * then the environment variable, as MicroProfile Config orders them.
   */
  public static final String WORKERS_EXPRESSION =
      "${qm.workers:${env.QM_WORKERS:" + DEFAULT_WORKERS + "}}";

  @Inject
  @ConfigProperty(name = "qm.workers", defaultValue = DEFAULT_WORKERS)
  int workers;

  @Inject
  @ConfigProperty(name = "qm.ocr.timeout-seconds", defaultValue = "60")
  int ocrTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "qm.tessdata", defaultValue = TesseractEngine.DEBIAN_TESSDATA)
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
