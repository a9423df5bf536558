package org.quizmarker.quizzes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.quizmarker.grading.AnswerDecision;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.GradedSheet;
import org.quizmarker.grading.Grader;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.ReaderTextsJson;
import org.quizmarker.grading.ReviewReason;
import org.quizmarker.grading.TeacherOverride;
import org.quizmarker.jobs.GradeBook;
import org.quizmarker.platform.Jsonp;
import org.quizmarker.reading.SheetReadingJson;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * Grades sheet readings against a quiz and keeps the marks. The automatic decision and a teacher's
 * override are stored apart: regrading replaces the first and keeps the second, and the score
 * always counts the override where there is one.
 */
@Stateless
@LocalBean
@Local(GradeBook.class)
public class SubmissionService implements GradeBook {
  private static final Logger LOG = Logger.getLogger(SubmissionService.class);

  @Inject QuizRepository quizzes;
  @Inject QuizService quizService;
  @Inject GradingSettings settings;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<org.quizmarker.jobs.MarksChanged> marksChanged;
  @Inject CurrentCaller current;

  /**
   * Grades (or regrades) one read image against the quiz's current key, in the caller's
   * transaction.
   */
  @PermitAll
  public Submission grade(long quizId, long imageId, UUID jobId, String readingJson) {
    return grade(quizId, imageId, jobId, SheetReadingJson.read(readingJson));
  }

  /** Grades (or regrades) one read sheet; see {@link #grade(long, long, UUID, String)}. */
  @PermitAll
  public Submission grade(long quizId, long imageId, UUID jobId, ParsedSheet sheet) {
    Quiz quiz = quizzes.find(quizId).orElse(null);
    if (quiz == null) {
      return null; // deleted meanwhile: nothing to grade against
    }
    AnswerKey key = quizService.currentKey(quiz);
    Grader grader = settings.grader();
    GradedSheet automatic = grader.grade(key, sheet);
    Optional<Submission> existing = quizzes.submissionForImage(quizId, imageId);
    Submission submission = existing.orElseGet(() -> new Submission(quizId, imageId, jobId));
    for (AnswerDecision d : automatic.answers()) {
      SubmissionAnswer answer = submission.answerFor(d.q());
      answer.decided(
          d.text(),
          d.confidence(),
          d.correct(),
          d.points(),
          d.needsReview(),
          d.reason() == null ? null : d.reason().wireName());
      answer.readBy(ReaderTextsJson.write(d.readings()));
    }
    submission.retainQuestions(
        key.questions().stream().map(KeyQuestion::q).collect(Collectors.toSet()));
    GradedSheet effective = grader.rescore(key, decisions(submission, key));
    marksChanged.fire(new org.quizmarker.jobs.MarksChanged());
    submission.graded(
        quiz.getCurrentVersion(),
        sheet.studentName(),
        sheet.studentId(),
        effective.score(),
        effective.maxScore(),
        effective.needsReview(),
        clock.instant());
    if (existing.isEmpty()) {
      quizzes.add(submission); // complete before the insert: its columns are NOT NULL
    }
    return submission;
  }

  /**
   * One page of the quiz's submissions with their answers: the page's ids in the order asked for,
   * then those submissions and their answers as rows (two queries, no entities).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public SubmissionPage page(
      long quizId, int page, int perPage, SubmissionOrder order, boolean descending) {
    SubmissionPage.requireValid(page, perPage);
    long ownerId = current.id();
    Quiz quiz = quizService.owned(ownerId, quizId);
    AnswerKey key = quizService.currentKey(quiz);
    long total = quizzes.countSubmissions(quizId);
    int offset = SubmissionPage.offset(page, perPage);
    List<Long> ids =
        offset >= total
            ? List.of()
            : quizzes.submissionIdsPage(quizId, order, descending, offset, perPage);
    // Rows, not entities: nothing of the page is changed, so the persistence context, its
    // snapshots and the answers' stored readings would be cost without use (issue 10).
    Map<Long, SubmissionSheetRow> byId =
        quizzes.sheetRows(ids).stream().collect(Collectors.toMap(SubmissionSheetRow::id, s -> s));
    Map<Long, List<SubmissionAnswerRow>> answers =
        quizzes.answerRows(ids).stream()
            .collect(Collectors.groupingBy(SubmissionAnswerRow::submissionId));
    List<SubmissionView> views =
        ids.stream()
            .map(byId::get)
            .filter(Objects::nonNull) // deleted between the queries
            .map(s -> SubmissionView.of(s, answers.getOrDefault(s.id(), List.of()), key))
            .toList();
    return new SubmissionPage(views, page, perPage, total);
  }

  /** Every submission of the quiz (the export: never paged). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public String csv(long quizId) {
    long ownerId = current.id();
    Quiz quiz = quizService.owned(ownerId, quizId);
    AnswerKey key = quizService.currentKey(quiz);
    List<SubmissionView> views =
        quizzes.submissions(quizId).stream().map(s -> SubmissionView.of(s, key)).toList();
    return ResultsCsv.write(questionNumbers(key), views);
  }

  static List<Integer> questionNumbers(AnswerKey key) {
    return key.questionsInOrder().stream().map(KeyQuestion::q).distinct().toList();
  }

  /** Submissions of one upload, by image id (for a job's result). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public Map<Long, SubmissionView> forJob(long quizId, UUID jobId) {
    Quiz quiz = quizzes.find(quizId).orElse(null);
    if (quiz == null) {
      return Map.of();
    }
    AnswerKey key = quizService.currentKey(quiz);
    return quizzes.submissions(quizId, jobId).stream()
        .collect(Collectors.toMap(Submission::getImageId, s -> SubmissionView.of(s, key)));
  }

  @Override
  @PermitAll
  public void gradeImage(long quizId, long imageId, UUID jobId, ParsedSheet reading) {
    grade(quizId, imageId, jobId, reading);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public Map<Long, JsonObject> gradesForJob(long quizId, UUID jobId) {
    Map<Long, JsonObject> grades = new HashMap<>();
    forJob(quizId, jobId).forEach((imageId, view) -> grades.put(imageId, gradeJson(view)));
    return grades;
  }

  static JsonObject gradeJson(SubmissionView v) {
    JsonArrayBuilder answers = Jsonp.createArrayBuilder();
    for (SubmissionView.Answer a : v.answers()) {
      JsonObjectBuilder o = Jsonp.createObjectBuilder().add("q", a.q());
      if (a.text() == null) {
        o.addNull("text");
      } else {
        o.add("text", a.text());
      }
      if (a.confidence() == null) {
        o.addNull("confidence");
      } else {
        o.add("confidence", Math.round(a.confidence() * 10) / 10.0);
      }
      if (a.correct() == null) {
        o.addNull("correct");
      } else {
        o.add("correct", a.correct());
      }
      o.add("points", a.points()).add("needs_review", a.needsReview());
      if (a.reviewReason() != null) {
        o.add("review_reason", a.reviewReason());
      }
      answers.add(o);
    }
    return Jsonp.createObjectBuilder()
        .add(
            "grade",
            Jsonp.createObjectBuilder()
                .add("submission_id", v.id())
                .add("score", v.score())
                .add("max_score", v.maxScore())
                .add("needs_review", v.needsReview())
                .add("key_version", v.keyVersion()))
        .add("answers", answers)
        .build();
  }

  /** The stored answers as decisions, overrides attached, for rescoring. */
  static List<AnswerDecision> decisions(Submission s, AnswerKey key) {
    List<AnswerDecision> list = new ArrayList<>();
    Set<Integer> inKey = key.questions().stream().map(KeyQuestion::q).collect(Collectors.toSet());
    for (SubmissionAnswer a : s.getAnswers()) {
      if (!inKey.contains(a.getQ())) {
        continue;
      }
      double max = key.question(a.getQ()).map(KeyQuestion::points).orElse(0.0);
      TeacherOverride override =
          a.isOverridden()
              ? new TeacherOverride(
                  Boolean.TRUE.equals(a.getOverrideCorrect()), a.getOverridePoints())
              : null;
      list.add(
          new AnswerDecision(
              a.getQ(),
              a.getTextRead(),
              a.getConfidence(),
              a.getCorrect(),
              a.getPoints(),
              a.isNeedsReview(),
              ReviewReason.fromWireName(a.getReviewReason()).orElse(null),
              max,
              override,
              ReaderTextsJson.read(a.getReadings())));
    }
    return list;
  }
}
