package org.quizmarker.jobs;

/**
 * Carries {@link RelayedEvent}s between the nodes of a cluster: what one node commits, the event
 * streams and caches of every other node hear. Best effort, like the progress cache: when the
 * channel is down nothing throws, {@link #live()} turns false and the event streams fall back to
 * re-reading job status on a timer.
 */
public interface JobEventRelay {

  /** Sends the event to the other nodes (not back to this one). */
  void send(RelayedEvent event);

  /** Whether the other nodes' events arrive now (false single-node, and while Redis is down). */
  boolean live();

  /** This node's name, the origin of what it sends. */
  String origin();
}
