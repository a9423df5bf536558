package org.quizmarker.quizzes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.GradedSheet;
import org.quizmarker.grading.KeyQuestion;
import org.quizmarker.grading.ParsedAnswer;
import org.quizmarker.jobs.JobRepository;
import org.quizmarker.jobs.MarksChanged;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.Caller;
import org.quizmarker.users.CurrentCaller;

/**
 * The review loop: the queue of a quiz's flagged answers (grouped), one decision applied to many
 * answers at once, a single answer's decision, its undo, and a submission with its review context.
 * A decision is a teacher's override, so it wins over the automatic one and survives regrading.
 */
@Stateless
public class ReviewService {
  private static final Logger LOG = Logger.getLogger(ReviewService.class);
  public static final int MAX_ANSWERS_PER_DECISION = 1000;
  public static final int MAX_TEXT = 2000;

  @Inject QuizRepository quizzes;
  @Inject QuizService quizService;
  @Inject JobRepository jobs;
  @Inject GradingSettings settings;
  @Inject Event<MarksChanged> marksChanged;
  @Inject Clock clock;
  @Inject CurrentCaller current;

  /** The flagged answers without a decision, of the whole quiz or of one upload. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public ReviewQueue queue(long quizId, UUID jobId) {
    long ownerId = current.id();
    Quiz quiz = quizService.owned(ownerId, quizId);
    AnswerKey key = quizService.currentKey(quiz);
    List<Submission> submissions =
        jobId == null ? quizzes.submissions(quizId) : quizzes.submissions(quizId, jobId);
    List<Submission> flagged =
        submissions.stream().filter(s -> s.getAnswers().stream().anyMatch(this::waits)).toList();
    Map<Long, String> readings =
        jobs.readings(flagged.stream().map(Submission::getImageId).toList());
    List<ReviewQueue.Item> items = new ArrayList<>();
    for (Submission s : flagged) {
      Map<Integer, AnswerPlace> places = StoredReadingPlaces.read(readings.get(s.getImageId()));
      for (SubmissionAnswer a : s.getAnswers()) {
        if (!waits(a) || key.question(a.getQ()).isEmpty()) {
          continue;
        }
        AnswerPlace place = places.getOrDefault(a.getQ(), AnswerPlace.UNKNOWN);
        items.add(
            new ReviewQueue.Item(
                s.getId(),
                a.getQ(),
                a.getTextRead(),
                a.getConfidence(),
                a.getReviewReason(),
                s.getStudentName(),
                place.shownReadings(a.getReadings()),
                cropUrl(s.getId(), a.getQ()),
                sheetUrl(s),
                place.box() != null));
      }
    }
    return new ReviewQueue(items.size(), ReviewGrouping.group(items, key));
  }

  /**
   * Applies one decision to every listed answer, all or nothing: an answer that is not the caller's
   * or not of this quiz refuses the whole decision.
   */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public DecisionResult decide(long quizId, List<AnswerRef> answers, TeacherDecision decision) {
    Caller teacher = current.get();
    long started = System.nanoTime();
    if (answers == null || answers.isEmpty()) {
      throw ServiceException.invalid("EMPTY_DECISION", "List at least one answer to decide");
    }
    if (answers.stream().anyMatch(Objects::isNull)) {
      throw ServiceException.invalid(
          "EMPTY_DECISION", "Each answer is {\"submission_id\": <id>, \"q\": <question>}");
    }
    if (answers.size() > MAX_ANSWERS_PER_DECISION) {
      throw ServiceException.invalid(
          "TOO_MANY_ANSWERS",
          "At most " + MAX_ANSWERS_PER_DECISION + " answers per decision, got " + answers.size());
    }
    if (decision.correct() == null && decision.text() == null) {
      throw ServiceException.invalid(
          "EMPTY_DECISION", "Send \"correct\": true|false, or a corrected \"text\", or both");
    }
    checkText(decision.text());
    answers = List.copyOf(new LinkedHashSet<>(answers)); // an answer listed twice is decided once
    Quiz quiz = quizService.owned(teacher.id(), quizId);
    AnswerKey key = quizService.currentKey(quiz);
    Set<Long> ids = new LinkedHashSet<>();
    answers.forEach(a -> ids.add(a.submissionId()));
    Map<Long, Submission> byId = new LinkedHashMap<>();
    for (Submission s : quizzes.submissionsWithIds(ids)) {
      byId.put(s.getId(), s);
    }
    for (AnswerRef ref : answers) {
      Submission s = byId.get(ref.submissionId());
      if (s == null || s.getQuizId() != quizId) {
        throw submissionNotFound(ref.submissionId());
      }
      KeyQuestion question = question(key, ref.q());
      checkPoints(decision.points(), question, "INVALID_POINTS");
    }
    Instant now = clock.instant();
    for (AnswerRef ref : answers) {
      apply(byId.get(ref.submissionId()), question(key, ref.q()), decision, teacher, now);
    }
    List<DecisionResult.Score> scores = new ArrayList<>();
    for (Submission s : byId.values()) {
      scores.add(rescore(s, key));
    }
    marksChanged.fire(new MarksChanged());
    long remaining = quizzes.awaitingReview(quizId);
    LOG.infof(
        "Quiz %d: %d answer(s) decided by %s in one decision (correct=%s points=%s text=%s) in %d"
            + " ms before commit",
        quizId,
        answers.size(),
        teacher.username(),
        decision.correct(),
        decision.points(),
        decision.text() != null,
        (System.nanoTime() - started) / 1_000_000);
    return new DecisionResult(answers.size(), remaining, scores);
  }

  /** A teacher decides one answer ({@code PATCH /submissions/{id}/answers/{q}}). */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public SubmissionView override(long submissionId, int q, TeacherDecision decision) {
    Caller teacher = current.get();
    Submission submission = owned(teacher.id(), submissionId);
    AnswerKey key = quizService.currentKey(quizzes.find(submission.getQuizId()).orElseThrow());
    KeyQuestion question = question(key, q);
    if (decision.correct() == null && decision.text() == null) {
      throw ServiceException.invalid(
          "INVALID_OVERRIDE",
          "Send {\"correct\": true|false} and optionally \"points\", or a corrected \"text\"");
    }
    checkPoints(decision.points(), question, "INVALID_OVERRIDE");
    checkText(decision.text());
    apply(submission, question, decision, teacher, clock.instant());
    rescore(submission, key);
    marksChanged.fire(new MarksChanged());
    LOG.infof(
        "Submission %d question %d overridden by %s: correct=%s points=%s",
        submissionId, q, teacher.username(), decision.correct(), decision.points());
    return SubmissionView.of(submission, key);
  }

  /** Undoes the teacher's decision on one answer: the machine's decision counts again. */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public SubmissionView undo(long submissionId, int q) {
    Caller teacher = current.get();
    Submission submission = owned(teacher.id(), submissionId);
    AnswerKey key = quizService.currentKey(quizzes.find(submission.getQuizId()).orElseThrow());
    SubmissionAnswer answer =
        submission
            .answer(q)
            .filter(SubmissionAnswer::isOverridden)
            .orElseThrow(
                () ->
                    ServiceException.notFound(
                        "OVERRIDE_NOT_FOUND", "Question " + q + " has no teacher's decision"));
    answer.clearOverride();
    rescore(submission, key);
    marksChanged.fire(new MarksChanged());
    LOG.infof(
        "Submission %d question %d: decision undone by %s", submissionId, q, teacher.username());
    return SubmissionView.of(submission, key);
  }

  /** A submission of the caller's with each answer's place, the key's answers and the readings. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public SubmissionDetail detail(long submissionId) {
    long ownerId = current.id();
    Submission s = owned(ownerId, submissionId);
    AnswerKey key = quizService.currentKey(quizzes.find(s.getQuizId()).orElseThrow());
    Map<Integer, AnswerPlace> places =
        StoredReadingPlaces.read(jobs.readings(List.of(s.getImageId())).get(s.getImageId()));
    SubmissionView view = SubmissionView.of(s, key);
    List<SubmissionDetail.Answer> answers = new ArrayList<>();
    for (SubmissionView.Answer a : view.answers()) {
      AnswerPlace place = places.getOrDefault(a.q(), AnswerPlace.UNKNOWN);
      answers.add(
          new SubmissionDetail.Answer(
              a.q(),
              a.text(),
              a.confidence(),
              a.correct(),
              a.points(),
              a.maxPoints(),
              a.needsReview(),
              a.reviewReason(),
              a.overriddenBy(),
              a.overriddenAt(),
              s.answer(a.q()).map(SubmissionAnswer::getOverrideText).orElse(null),
              place.box(),
              key.question(a.q()).map(KeyQuestion::accepted).orElse(List.of()),
              place.shownReadings(s.answer(a.q()).map(SubmissionAnswer::getReadings).orElse(null)),
              cropUrl(s.getId(), a.q())));
    }
    return new SubmissionDetail(
        view.id(),
        view.quizId(),
        view.jobId(),
        view.imageId(),
        view.keyVersion(),
        view.studentName(),
        view.studentId(),
        view.score(),
        view.maxScore(),
        view.needsReview(),
        view.gradedAt(),
        sheetUrl(s),
        answers);
  }

  /** The caller's submission; another user's is "not found". */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public Submission owned(long ownerId, long submissionId) {
    // Fetched with its answers: reads run without a transaction, where a lazy load would fail.
    return quizzes.submissionsWithIds(List.of(submissionId)).stream()
        .filter(s -> quizzes.findForOwner(s.getQuizId(), ownerId).isPresent())
        .findFirst()
        .orElseThrow(() -> submissionNotFound(submissionId));
  }

  private boolean waits(SubmissionAnswer a) {
    return a.isNeedsReview() && !a.isOverridden();
  }

  private void apply(
      Submission submission,
      KeyQuestion question,
      TeacherDecision decision,
      Caller teacher,
      Instant now) {
    Boolean correct = decision.correct();
    if (correct == null) {
      // The teacher's text is what the student wrote: graded by the rule alone, never flagged.
      ParsedAnswer exact = new ParsedAnswer(question.q(), decision.text(), 100.0, 0, null);
      correct = Boolean.TRUE.equals(settings.grader().decide(question, exact).correct());
    }
    submission
        .answerFor(question.q())
        .override(correct, decision.points(), decision.text(), teacher.username(), now);
  }

  private DecisionResult.Score rescore(Submission s, AnswerKey key) {
    GradedSheet effective = settings.grader().rescore(key, SubmissionService.decisions(s, key));
    s.rescored(effective.score(), effective.needsReview());
    return new DecisionResult.Score(s.getId(), s.getScore(), s.getMaxScore(), s.isNeedsReview());
  }

  private static KeyQuestion question(AnswerKey key, int q) {
    return key.question(q)
        .orElseThrow(
            () -> ServiceException.notFound("QUESTION_NOT_FOUND", "The quiz has no question " + q));
  }

  private static void checkPoints(Double points, KeyQuestion question, String code) {
    if (points != null && !(points >= 0 && points <= question.points())) {
      throw ServiceException.invalid(
          code,
          "points must be between 0 and " + question.points() + " for question " + question.q());
    }
  }

  private static void checkText(String text) {
    if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
      throw ServiceException.invalid(
          "INVALID_TEXT", "text must be 1 to " + MAX_TEXT + " characters and not blank");
    }
  }

  static ServiceException submissionNotFound(long submissionId) {
    return ServiceException.notFound("SUBMISSION_NOT_FOUND", "No submission " + submissionId);
  }

  static String cropUrl(long submissionId, int q) {
    return "/api/v1/submissions/" + submissionId + "/answers/" + q + "/crop";
  }

  static String sheetUrl(Submission s) {
    return "/api/v1/jobs/" + s.getJobId() + "/items/" + s.getImageId() + "/image";
  }
}
