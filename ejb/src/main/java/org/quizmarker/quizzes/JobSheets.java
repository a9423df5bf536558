package org.quizmarker.quizzes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.jobs.ImageStatus;
import org.quizmarker.jobs.Job;
import org.quizmarker.jobs.JobImage;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.reading.SheetReadingJson;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * The items of a job with what was read and how each was marked, for the job's page. A grading
 * job's items are the sheets of the upload it grades.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JobSheets {
  @Inject JobRepository jobs;
  @Inject QuizRepository quizzes;
  @Inject QuizService quizService;
  @Inject CurrentCaller current;

  /** The items of the caller's job {@code jobId}, in upload order. */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public List<SheetItem> items(UUID jobId, boolean withAnswers) {
    long ownerId = current.id();
    Job job =
        jobs.findForOwner(jobId, ownerId)
            .orElseThrow(() -> ServiceException.notFound("JOB_NOT_FOUND", "No job " + jobId));
    return items(job, withAnswers);
  }

  /** The items of any user's job (for the admin console), without the answers. */
  @RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  public List<SheetItem> itemsOfAnyJob(UUID jobId) {
    Job job =
        jobs.find(jobId)
            .orElseThrow(() -> ServiceException.notFound("JOB_NOT_FOUND", "No job " + jobId));
    return items(job, false);
  }

  private List<SheetItem> items(Job job, boolean withAnswers) {
    UUID source = job.getSourceJobId() != null ? job.getSourceJobId() : job.getId();
    List<JobImage> images = jobs.images(source);
    Set<Long> stored = jobs.storedAmong(images.stream().map(JobImage::getId).toList());
    Map<Long, SubmissionView> graded = Map.of();
    if (job.getQuizId() != null) {
      Quiz quiz = quizzes.find(job.getQuizId()).orElse(null);
      if (quiz != null) {
        AnswerKey key = quizService.currentKey(quiz);
        graded =
            quizzes.submissions(quiz.getId(), source).stream()
                .map(s -> SubmissionView.of(s, key))
                .collect(Collectors.toMap(SubmissionView::imageId, Function.identity()));
      }
    }
    Map<Long, SubmissionView> grades = graded;
    return images.stream()
        .map(i -> item(i, stored.contains(i.getId()), grades.get(i.getId()), withAnswers))
        .toList();
  }

  static SheetItem item(JobImage i, boolean stored, SubmissionView grade, boolean withAnswers) {
    ParsedSheet reading =
        i.getStatus() == ImageStatus.COMPLETED
                && i.getReading() != null
                && !i.getReading().isBlank()
            ? SheetReadingJson.read(i.getReading())
            : null;
    List<SheetItem.Answer> answers = List.of();
    if (withAnswers && grade != null) {
      answers =
          grade.answers().stream()
              .map(
                  a ->
                      new SheetItem.Answer(
                          a.q(),
                          a.text(),
                          a.confidence(),
                          a.correct(),
                          a.points(),
                          a.needsReview(),
                          a.reviewReason()))
              .toList();
    } else if (withAnswers && reading != null) {
      answers =
          reading.answers().stream()
              .map(
                  a ->
                      new SheetItem.Answer(
                          a.q(), a.text(), a.confidence(), null, null, false, null))
              .toList();
    }
    return new SheetItem(
        i.getId(),
        i.getPosition(),
        i.getFilename(),
        i.getStatus().wire(),
        i.getError(),
        i.getWidth(),
        i.getHeight(),
        i.getSizeBytes(),
        stored,
        grade == null ? null : grade.id(),
        grade == null ? null : grade.score(),
        grade == null ? null : grade.maxScore(),
        grade != null && grade.needsReview(),
        withAnswers ? i.getOcrText() : null,
        answers,
        grade != null ? grade.studentName() : reading == null ? null : reading.studentName(),
        grade != null ? grade.studentId() : reading == null ? null : reading.studentId());
  }
}
