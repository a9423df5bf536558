package org.quizmarker.quizzes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.Box;
import org.quizmarker.jobs.ImageEncoding;
import org.quizmarker.jobs.ItemImage;
import org.quizmarker.jobs.JobImage;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.jobs.SheetImages;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * Pictures of graded sheets: the crop around one answer (for review) and the marked sheet (to hand
 * back), one or all of a quiz's. Drawn from the stored image and the answers' stored places.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MarkedSheets {
  @Inject ReviewService reviews;
  @Inject QuizRepository quizzes;
  @Inject QuizService quizService;
  @Inject JobRepository jobs;
  @Inject SheetImages images;
  @Inject CurrentCaller current;

  /** One sheet of a bundle: its file name and submission. */
  public record BundleEntry(String filename, long submissionId) {}

  /** The crop of the sheet around answer {@code q} (PNG); 404 when its place is unknown. */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public ItemImage crop(long submissionId, int q) {
    long ownerId = current.id();
    Submission s = reviews.owned(ownerId, submissionId);
    if (s.answer(q).isEmpty()) {
      throw ServiceException.notFound(
          "ANSWER_NOT_FOUND", "Submission " + submissionId + " has no answer " + q);
    }
    Box box = places(s).getOrDefault(q, AnswerPlace.UNKNOWN).box();
    if (box == null) {
      throw ServiceException.notFound(
          "NO_ANSWER_BOX", "Where answer " + q + " is on the sheet is not known");
    }
    JobImage image = jobs.findImage(s.getImageId()).orElseThrow();
    BufferedImage sheet = images.decoded(image.getId());
    if (box.x() >= sheet.getWidth() || box.y() >= sheet.getHeight()) {
      throw ServiceException.notFound("NO_ANSWER_BOX", "Answer " + q + " lies outside the sheet");
    }
    return new ItemImage(
        ImageEncoding.png(SheetDrawing.crop(sheet, box)),
        "image/png",
        image.getSha256()
            + "-q"
            + q
            + "-"
            + box.x()
            + "."
            + box.y()
            + "."
            + box.width()
            + "."
            + box.height(),
        "answer-" + q + ".png");
  }

  /** The sheet with its marks, the student and the score (PNG). */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public ItemImage marked(long submissionId) {
    long ownerId = current.id();
    Submission s = reviews.owned(ownerId, submissionId);
    AnswerKey key = quizService.currentKey(quizzes.find(s.getQuizId()).orElseThrow());
    List<SheetDrawing.Mark> marks = marks(s, key);
    String sha = jobs.findImage(s.getImageId()).orElseThrow().getSha256();
    return new ItemImage(
        ImageEncoding.png(draw(s, marks)),
        "image/png",
        // changes with every decision, name or key change that changes the picture
        sha + "-m" + digest(s.getStudentName() + "|" + s.getScore() + "|" + marks),
        "marked-" + submissionId + "-" + slug(s.getStudentName()) + ".png");
  }

  /** The sheets of a quiz (or of one of its uploads) whose images are still stored, in order. */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public List<BundleEntry> bundle(long quizId, UUID jobId) {
    long ownerId = current.id();
    quizService.owned(ownerId, quizId);
    List<Submission> submissions =
        jobId == null ? quizzes.submissions(quizId) : quizzes.submissions(quizId, jobId);
    Set<Long> stored = jobs.storedAmong(submissions.stream().map(Submission::getImageId).toList());
    List<BundleEntry> entries = new ArrayList<>();
    for (Submission s : submissions) {
      if (stored.contains(s.getImageId())) {
        entries.add(
            new BundleEntry(
                String.format("%02d-%s.png", entries.size() + 1, slug(s.getStudentName())),
                s.getId()));
      }
    }
    if (entries.isEmpty()) {
      throw ServiceException.notFound(
          "NO_SHEETS", "Quiz " + quizId + " has no graded sheets whose images are still stored");
    }
    return entries;
  }

  /** The marked sheet as a picture, for a bundle (PNG for a ZIP, JPEG for a PDF). */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public BufferedImage markedImage(long submissionId) {
    long ownerId = current.id();
    Submission s = reviews.owned(ownerId, submissionId);
    AnswerKey key = quizService.currentKey(quizzes.find(s.getQuizId()).orElseThrow());
    return draw(s, marks(s, key));
  }

  private BufferedImage draw(Submission s, List<SheetDrawing.Mark> marks) {
    return SheetDrawing.marked(
        images.decoded(s.getImageId()), s.getStudentName(), s.getScore(), s.getMaxScore(), marks);
  }

  private List<SheetDrawing.Mark> marks(Submission s, AnswerKey key) {
    Map<Integer, AnswerPlace> places = places(s);
    List<SheetDrawing.Mark> marks = new ArrayList<>();
    for (SubmissionView.Answer a : SubmissionView.of(s, key).answers()) {
      SheetDrawing.Verdict verdict =
          a.needsReview()
              ? SheetDrawing.Verdict.REVIEW
              : Boolean.TRUE.equals(a.correct())
                  ? SheetDrawing.Verdict.RIGHT
                  : SheetDrawing.Verdict.WRONG;
      marks.add(
          new SheetDrawing.Mark(
              a.q(),
              places.getOrDefault(a.q(), AnswerPlace.UNKNOWN).box(),
              verdict,
              a.points(),
              a.maxPoints()));
    }
    return marks;
  }

  private Map<Integer, AnswerPlace> places(Submission s) {
    return StoredReadingPlaces.read(jobs.readings(List.of(s.getImageId())).get(s.getImageId()));
  }

  /** A file-name-safe form of a student's name: letters and digits, dashes between words. */
  static String slug(String name) {
    if (name == null) {
      return "unnamed";
    }
    String slug =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("^-+|-+$", "")
            .toLowerCase(java.util.Locale.ROOT);
    if (slug.length() > 60) {
      slug = slug.substring(0, 60);
    }
    return slug.isEmpty() ? "unnamed" : slug;
  }

  private static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
