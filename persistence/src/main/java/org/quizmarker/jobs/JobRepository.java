package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Jobs, their images and the images' bytes. Callers hold the transaction. */
@ApplicationScoped
public class JobRepository {

  @PersistenceContext(unitName = "quizmarker")
  EntityManager em;

  public void add(Job job) {
    em.persist(job);
  }

  /**
   * Stores an image of a job added in this transaction, and its bytes, streamed from {@code bytes}
   * ({@code length} of them) straight into the database: neither the heap nor the persistence
   * context ever holds a whole file, so the memory an upload needs does not grow with its files.
   * (Through the entity, a file was in the heap twice, once as our array and once as the driver's
   * copy, and H2 kept a third until the next store.)
   */
  public void addImage(JobImage image, InputStream bytes, long length) {
    em.persist(image);
    em.flush(); // the identity is the bytes' key
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO image_data (image_id, bytes) VALUES (?, ?)")) {
                insert.setLong(1, image.getId());
                insert.setBinaryStream(2, bytes, length);
                insert.executeUpdate();
              }
            });
  }

  public Optional<Job> find(UUID id) {
    return Optional.ofNullable(em.find(Job.class, id));
  }

  /**
   * The job, locked against other writers until the transaction ends, with its state read under the
   * lock. (A plain find with a lock mode would keep the stale state of a job this persistence
   * context already holds, and counters would lose updates.)
   */
  public Optional<Job> lock(UUID id) {
    Job job = em.find(Job.class, id);
    if (job == null) {
      return Optional.empty();
    }
    em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
    return Optional.of(job);
  }

  public Optional<Job> findForOwner(UUID id, long ownerId) {
    return find(id).filter(j -> j.getOwnerId() == ownerId);
  }

  public Optional<JobImage> findImage(long imageId) {
    return Optional.ofNullable(em.find(JobImage.class, imageId));
  }

  /**
   * The image with its job locked (as {@link #lock}) and the image's state read under that lock:
   * two deliveries of one image's message ending it at the same time see each other's outcome.
   */
  public Optional<JobImage> lockImage(long imageId) {
    JobImage image = em.find(JobImage.class, imageId);
    if (image == null) {
      return Optional.empty();
    }
    lock(image.getJob().getId());
    em.refresh(image);
    return Optional.of(image);
  }

  /**
   * Marks a sheet graded by a grading job; false if it was marked already (a second delivery of the
   * job's step). Call with the job locked ({@link #lock}), so two deliveries cannot both find it
   * unmarked.
   */
  public boolean markGraded(UUID gradingJobId, long imageId, Instant now) {
    if (em.find(GradingMark.class, new GradingMark.Id(gradingJobId, imageId)) != null) {
      return false;
    }
    em.persist(new GradingMark(gradingJobId, imageId, now));
    return true;
  }

  public byte[] imageBytes(long imageId) {
    ImageData data = em.find(ImageData.class, imageId);
    return data == null ? null : data.getBytes();
  }

  public List<JobImage> images(UUID jobId) {
    return em.createNamedQuery("JobImage.forJob", JobImage.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  /** The images of a job in the given status, in upload order. */
  public List<JobImage> images(UUID jobId, ImageStatus status) {
    return em.createNamedQuery("JobImage.withStatusForJob", JobImage.class)
        .setParameter("job", jobId)
        .setParameter("status", status)
        .getResultList();
  }

  /** How many of these images still have their bytes stored. */
  public long storedImages(List<Long> imageIds) {
    if (imageIds.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery("ImageData.countForImages", Long.class)
        .setParameter("images", imageIds)
        .getSingleResult();
  }

  /** The stored readings (JSON) of these images, by image id; images without one are left out. */
  public Map<Long, String> readings(Collection<Long> imageIds) {
    Map<Long, String> readings = new HashMap<>();
    if (imageIds.isEmpty()) {
      return readings;
    }
    for (Object[] row :
        em.createNamedQuery("JobImage.readings", Object[].class)
            .setParameter("images", imageIds)
            .getResultList()) {
      readings.put((Long) row[0], (String) row[1]);
    }
    return readings;
  }

  /** Images that ended (completed or failed) since {@code since}, for the console's charts. */
  public List<JobImage> endedSince(Instant since) {
    return em.createNamedQuery("JobImage.endedSince", JobImage.class)
        .setParameter("since", since)
        .setParameter("statuses", List.of(ImageStatus.COMPLETED, ImageStatus.FAILED))
        .getResultList();
  }

  /** Which of these images still have their bytes stored. */
  public Set<Long> storedAmong(List<Long> imageIds) {
    if (imageIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery("ImageData.storedAmong", Long.class)
            .setParameter("images", imageIds)
            .getResultList());
  }

  /** Deletes the stored bytes of the images of jobs that ended before {@code cutoff}. */
  public int deleteImageBytesEndedBefore(Instant cutoff) {
    return em.createNamedQuery("ImageData.deleteForJobsEndedBefore")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /** Jobs still processing although all their items have ended (normally for a moment). */
  public List<UUID> openWithAllItemsEnded() {
    return em.createNamedQuery("Job.openWithAllItemsEnded", UUID.class)
        .setParameter("processing", JobStatus.PROCESSING)
        .getResultList();
  }

  /** Jobs of all users, newest first. */
  public List<Job> pageAll(JobStatus status, int offset, int limit) {
    return em.createNamedQuery("Job.pageAll", Job.class)
        .setParameter("status", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countAll(JobStatus status) {
    return em.createNamedQuery("Job.countAll", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  public List<Job> page(long ownerId, JobStatus status, JobType type, int offset, int limit) {
    return em.createNamedQuery("Job.pageForOwner", Job.class)
        .setParameter("owner", ownerId)
        .setParameter("status", status)
        .setParameter("type", type)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(long ownerId, JobStatus status, JobType type) {
    return em.createNamedQuery("Job.countForOwner", Long.class)
        .setParameter("owner", ownerId)
        .setParameter("status", status)
        .setParameter("type", type)
        .getSingleResult();
  }

  /**
   * One owner's jobs counted by status and type, with their processing times, in one pass over the
   * owner's index entries.
   */
  public List<JobTally> tally(long ownerId) {
    return em
        .createNamedQuery("Job.tallyForOwner", Object[].class)
        .setParameter("owner", ownerId)
        .getResultList()
        .stream()
        .map(
            row ->
                new JobTally(
                    (JobStatus) row[0],
                    (JobType) row[1],
                    (Long) row[2],
                    (Long) row[3],
                    row[4] == null ? 0 : ((Number) row[4]).longValue()))
        .toList();
  }
}
