package org.quizmarker.quizzes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher's quiz. Its answer key lives in versions ({@link QuizKeyVersion}). */
@Entity
@Table(name = "quiz")
@NamedQuery(
    name = "Quiz.forOwner",
    query = "select q from Quiz q where q.ownerId = :owner order by q.createdAt desc, q.id desc")
public class Quiz {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Quiz() {}

  public Quiz(long ownerId, String title, Instant now) {
    this.ownerId = ownerId;
    this.title = title;
    this.currentVersion = 1;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A key edit: the next version becomes current. */
  public int newVersion(String newTitle, Instant now) {
    title = newTitle;
    updatedAt = now;
    return ++currentVersion;
  }

  public Long getId() {
    return id;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getTitle() {
    return title;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
