package org.quizmarker.quizzes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a quiz's answer key, as the key JSON the API takes. Never changed once written.
 */
@Entity
@Table(name = "quiz_key_version")
public class QuizKeyVersion {

  /** (quiz, version). */
  @Embeddable
  public static class Id implements Serializable {
    @Column(name = "quiz_id")
    private long quizId;

    @Column(name = "version")
    private int version;

    protected Id() {}

    public Id(long quizId, int version) {
      this.quizId = quizId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other && other.quizId == quizId && other.version == version;
    }

    @Override
    public int hashCode() {
      return Objects.hash(quizId, version);
    }
  }

  @EmbeddedId private Id id;

  @Column(name = "key_json", nullable = false, length = 1_000_000)
  private String keyJson;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected QuizKeyVersion() {}

  public QuizKeyVersion(long quizId, int version, String keyJson, Instant now) {
    this.id = new Id(quizId, version);
    this.keyJson = keyJson;
    this.createdAt = now;
  }

  public int getVersion() {
    return id.version;
  }

  public String getKeyJson() {
    return keyJson;
  }
}
