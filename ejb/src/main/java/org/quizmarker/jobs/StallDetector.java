package org.quizmarker.jobs;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a stalled job from one about to end: a job whose items have all ended is finalised by a
 * message a moment later, so only a job seen in that state on two checks in a row is stalled. Not
 * thread-safe; one check at a time.
 */
final class StallDetector {
  private Set<UUID> seenLastTime = Set.of();

  /** The jobs among {@code open} that were already open with all items ended last time. */
  List<UUID> stalled(Collection<UUID> open) {
    List<UUID> stalled = open.stream().filter(seenLastTime::contains).toList();
    seenLastTime = new HashSet<>(open);
    return stalled;
  }
}
