package org.quizmarker.grading;

import java.util.Locale;
import java.util.Optional;

/** How a question's answers are compared; the wire names are those of the key JSON. */
public enum QuestionType {
  TEXT("text"),
  NUMBER("number"),
  CHOICE("choice"),
  BOOLEAN("boolean");

  private final String wireName;

  QuestionType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type with this wire name (case-insensitive), or empty when there is none. */
  public static Optional<QuestionType> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (QuestionType type : values()) {
      if (type.wireName.equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
