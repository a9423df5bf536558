package org.quizmarker.jobs;

/** What one node tells the others about jobs, through {@link JobEventRelay}. */
public sealed interface RelayedEvent {

  /** The node that sent it ({@code QM_NODE_NAME}); a node ignores its own. */
  String origin();

  /** A job's committed state changed: listeners of that job (event streams) re-read it. */
  record Progress(String origin, JobSnapshot snapshot) implements RelayedEvent {}

  /** Marks changed (committed): results of ended jobs cached in memory are stale. */
  record Marks(String origin) implements RelayedEvent {}
}
