package org.quizmarker.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.UnreadableImageException;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * The stored sheet images of jobs as browsers see them: the uploaded file (TIFF converted to PNG,
 * which browsers cannot show), a scaled thumbnail, and the decoded image other features draw on.
 * Owner-only: another user's image is "not found"; an image removed by the retention cleanup is
 * "gone".
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SheetImages {
  public static final int MIN_THUMBNAIL_WIDTH = 16;
  public static final int MAX_THUMBNAIL_WIDTH = 2000;

  @Inject JobRepository jobs;
  @Inject DecodedImageCache decoded;
  @Inject UploadLimits limits;
  @Inject CurrentCaller current;

  /** The uploaded file of item {@code itemId} of the caller's job {@code jobId}. */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public ItemImage original(UUID jobId, long itemId) {
    long ownerId = current.id();
    JobImage image = owned(ownerId, jobId, itemId);
    if (image.getContentType().equals("image/tiff")) {
      return new ItemImage(
          ImageEncoding.png(decoded(image.getId())),
          "image/png",
          image.getSha256() + "-png",
          image.getFilename());
    }
    return new ItemImage(
        storedBytes(image.getId()), image.getContentType(), image.getSha256(), image.getFilename());
  }

  /** The item's image scaled to {@code width} pixels wide (never enlarged), as JPEG. */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public ItemImage thumbnail(UUID jobId, long itemId, int width) {
    long ownerId = current.id();
    if (width < MIN_THUMBNAIL_WIDTH || width > MAX_THUMBNAIL_WIDTH) {
      throw ServiceException.invalid(
          "INVALID_WIDTH",
          "width must be from " + MIN_THUMBNAIL_WIDTH + " to " + MAX_THUMBNAIL_WIDTH);
    }
    JobImage image = owned(ownerId, jobId, itemId);
    BufferedImage scaled = ImageEncoding.scaleToWidth(decoded(image.getId()), width);
    return new ItemImage(
        ImageEncoding.jpeg(scaled, 0.85f),
        "image/jpeg",
        image.getSha256() + "-w" + width,
        image.getFilename());
  }

  /**
   * The stored image {@code imageId} decoded to 8-bit grey (shared: callers must not draw on it).
   * The caller has checked who may see it.
   */
  @PermitAll
  public BufferedImage decoded(long imageId) {
    if (!stored(imageId)) {
      throw imageDeleted(imageId); // the cache may still hold what the cleanup deleted
    }
    return decoded.get(
        imageId,
        () -> {
          try {
            return new ImageDecoder().decode(storedBytes(imageId), limits.maxPixels()).image();
          } catch (UnreadableImageException e) {
            // It was accepted at upload, so this is not the caller's fault.
            throw new IllegalStateException("Stored image " + imageId + " cannot be decoded", e);
          }
        });
  }

  /** Whether the bytes of {@code imageId} are still stored. */
  @PermitAll
  public boolean stored(long imageId) {
    return jobs.storedAmong(List.of(imageId)).contains(imageId);
  }

  private byte[] storedBytes(long imageId) {
    byte[] bytes = jobs.imageBytes(imageId);
    if (bytes == null) {
      throw imageDeleted(imageId);
    }
    return bytes;
  }

  public static ServiceException imageDeleted(long imageId) {
    return new ServiceException(
        Kind.GONE,
        "IMAGE_DELETED",
        "The image of item " + imageId + " was deleted by the retention cleanup");
  }

  /** An item of the caller's job; a grading job's items are those of the upload it grades. */
  private JobImage owned(long ownerId, UUID jobId, long itemId) {
    UUID source =
        jobs.findForOwner(jobId, ownerId)
            .map(ResultAssembler::gradeSource)
            .orElseThrow(() -> JobService.jobNotFound(jobId));
    return jobs.findImage(itemId)
        .filter(i -> i.getJob().getId().equals(source))
        .orElseThrow(
            () ->
                ServiceException.notFound("ITEM_NOT_FOUND", "No item " + itemId + " in this job"));
  }
}
