package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits on what one upload may contain (MicroProfile Config; environment variables work). */
@ApplicationScoped
public class UploadLimits {
  @Inject
  @ConfigProperty(name = "qm.max-files", defaultValue = "50")
  int maxFiles;

  @Inject
  @ConfigProperty(name = "qm.max-file-bytes", defaultValue = "20971520")
  long maxFileBytes;

  @Inject
  @ConfigProperty(name = "qm.max-request-bytes", defaultValue = "209715200")
  long maxRequestBytes;

  @Inject
  @ConfigProperty(name = "qm.max-pixels", defaultValue = "40000000")
  long maxPixels;

  public int maxFiles() {
    return maxFiles;
  }

  public long maxFileBytes() {
    return maxFileBytes;
  }

  public long maxRequestBytes() {
    return maxRequestBytes;
  }

  public long maxPixels() {
    return maxPixels;
  }
}
