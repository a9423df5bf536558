package org.quizmarker.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The uploaded bytes of a {@link JobImage}, in the database so that any node of a cluster can read
 * any image. Kept in a table of its own so that listing items never loads them.
 */
@Entity
@Table(name = "image_data")
@NamedQuery(
    name = "ImageData.deleteForJobsEndedBefore",
    query =
        "delete from ImageData d where d.imageId in (select i.id from JobImage i"
            + " where i.job.completedAt < :cutoff)")
@NamedQuery(
    name = "ImageData.countForImages",
    query = "select count(d) from ImageData d where d.imageId in :images")
@NamedQuery(
    name = "ImageData.storedAmong",
    query = "select d.imageId from ImageData d where d.imageId in :images")
public class ImageData {
  @Id
  @Column(name = "image_id")
  private Long imageId;

  /**
   * A "long" binary: BYTEA on PostgreSQL (stored out of line by TOAST), a large object on H2
   * ({@code db/h2/V12}), where a BYTEA would stay in the heap with its row until the commit.
   */
  @Column(nullable = false)
  @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
  private byte[] bytes;

  protected ImageData() {}

  public ImageData(Long imageId, byte[] bytes) {
    this.imageId = imageId;
    this.bytes = bytes;
  }

  public Long getImageId() {
    return imageId;
  }

  public byte[] getBytes() {
    return bytes;
  }
}
