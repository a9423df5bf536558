package org.quizmarker.quizzes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerKeyFormatException;
import org.quizmarker.grading.AnswerKeyJson;
import org.quizmarker.grading.KeyValidator;
import org.quizmarker.jobs.QuizAccess;
import org.quizmarker.platform.LogSafe;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.CurrentCaller;

/**
 * A teacher's quizzes. Only the owner sees or changes a quiz (others get "not found"). Editing the
 * key writes a new key version; submissions keep the version they were graded against.
 */
@Stateless
@LocalBean
@Local(QuizAccess.class)
public class QuizService implements QuizAccess {
  private static final Logger LOG = Logger.getLogger(QuizService.class);

  /** The length of the {@code quiz_key_version.key_json} column. */
  static final int MAX_STORED_KEY_LENGTH = 1_000_000;

  @Inject QuizRepository quizzes;
  @Inject AnswerKeyCache keys;
  @Inject Clock clock;
  @Inject CurrentCaller current;

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public QuizView create(String keyJson) {
    long ownerId = current.id();
    AnswerKey key = validKey(keyJson);
    Quiz quiz = new Quiz(ownerId, key.title().strip(), clock.instant());
    quizzes.add(quiz, storedKey(key));
    LOG.infof(
        "Quiz %d '%s' created by user %d (%d questions)",
        quiz.getId(), LogSafe.of(quiz.getTitle()), ownerId, key.questions().size());
    return view(quiz, key);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public QuizView get(long quizId) {
    long ownerId = current.id();
    Quiz quiz = owned(ownerId, quizId);
    return view(quiz, currentKey(quiz));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public List<QuizView> list() {
    long ownerId = current.id();
    return quizzes.forOwner(ownerId).stream().map(q -> view(q, currentKey(q))).toList();
  }

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public QuizView update(long quizId, String keyJson) {
    long ownerId = current.id();
    Quiz quiz = owned(ownerId, quizId);
    AnswerKey key = validKey(keyJson);
    quiz.newVersion(key.title().strip(), clock.instant());
    quizzes.addVersion(quiz, storedKey(key));
    LOG.infof("Quiz %d key changed to version %d", quizId, quiz.getCurrentVersion());
    return view(quiz, key);
  }

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN})
  public void delete(long quizId) {
    long ownerId = current.id();
    quizzes.remove(owned(ownerId, quizId));
    LOG.infof("Quiz %d deleted by user %d", quizId, ownerId);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public void requireOwned(long ownerId, long quizId) {
    owned(ownerId, quizId);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public java.util.Optional<AnswerKey> currentKey(long quizId) {
    return quizzes.find(quizId).map(this::currentKey);
  }

  /** The quiz, if it is the user's; "not found" otherwise. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public Quiz owned(long ownerId, long quizId) {
    return quizzes
        .findForOwner(quizId, ownerId)
        .orElseThrow(() -> ServiceException.notFound("QUIZ_NOT_FOUND", "No quiz " + quizId));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @PermitAll
  public AnswerKey currentKey(Quiz quiz) {
    return keys.get(
        quiz, () -> AnswerKeyJson.parse(quizzes.keyJson(quiz.getId(), quiz.getCurrentVersion())));
  }

  static AnswerKey validKey(String json) {
    AnswerKey key;
    try {
      key = AnswerKeyJson.parse(json == null ? "" : json);
    } catch (AnswerKeyFormatException e) {
      throw ServiceException.invalid("INVALID_QUIZ", "Invalid quiz: " + e.getMessage());
    }
    List<String> problems = new KeyValidator().validate(key);
    if (!problems.isEmpty()) {
      throw ServiceException.invalid(
          "INVALID_QUIZ", "Invalid quiz: " + String.join("; ", problems));
    }
    return key;
  }

  /** The key as stored; a key too long for its column is refused (each part is bounded). */
  static String storedKey(AnswerKey key) {
    String json = AnswerKeyJson.toJsonString(key);
    if (json.length() > MAX_STORED_KEY_LENGTH) {
      throw ServiceException.invalid(
          "QUIZ_TOO_LARGE",
          "The answer key is "
              + json.length()
              + " characters long once stored; at most "
              + MAX_STORED_KEY_LENGTH);
    }
    return json;
  }

  private static QuizView view(Quiz quiz, AnswerKey key) {
    return new QuizView(
        quiz.getId(),
        quiz.getTitle(),
        quiz.getCurrentVersion(),
        AnswerKeyJson.toJson(key),
        quiz.getCreatedAt(),
        quiz.getUpdatedAt());
  }
}
