package org.quizmarker.jobs;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Decides whether retrying may cure a failure. Database lock and connection troubles are transient:
 * the transaction rolls back and the broker redelivers with backoff. Unknown failures also get the
 * bounded retries (the dead-letter queue ends them), since giving up at once on a failure nobody
 * understood would be the worse mistake. Failures of the image itself are permanent and never reach
 * this class: they fail the item at once.
 */
public final class FailureClassifier {

  /** Exception class names (any cause) that are transient, without linking to each library. */
  private static final Set<String> TRANSIENT_NAMES =
      Set.of(
          "jakarta.persistence.LockTimeoutException",
          "jakarta.persistence.PessimisticLockException",
          "jakarta.persistence.OptimisticLockException",
          "jakarta.persistence.QueryTimeoutException",
          "org.hibernate.exception.LockAcquisitionException",
          "org.hibernate.exception.JDBCConnectionException",
          "org.hibernate.PessimisticLockException",
          "org.hibernate.StaleObjectStateException",
          "jakarta.transaction.RollbackException",
          "jakarta.ejb.ConcurrentAccessTimeoutException");

  private FailureClassifier() {}

  public enum Verdict {
    /** Known to be worth retrying. */
    TRANSIENT,
    /** Not understood: retried a bounded number of times, logged with its trace. */
    UNEXPECTED
  }

  public static Verdict classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
        return Verdict.TRANSIENT;
      }
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (TRANSIENT_NAMES.contains(c.getName())) {
          return Verdict.TRANSIENT;
        }
      }
    }
    return Verdict.UNEXPECTED;
  }

  /** The innermost message, which usually names the real cause. */
  public static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
