package org.quizmarker.grading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Grades parsed answers against an answer key, deciding each answer or flagging it for a teacher. A
 * wrong automatic decision is the worst outcome and a review is cheap, so anything the reading
 * cannot settle is flagged: a missing question, a low OCR confidence (even on a match), a near miss
 * of an accepted answer, an answer that does not parse for its type.
 */
public final class Grader {

  private final GradingPolicy policy;
  private final Map<QuestionType, AnswerMatcher> matchers = new EnumMap<>(QuestionType.class);

  public Grader() {
    this(GradingPolicy.DEFAULT);
  }

  public Grader(GradingPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    for (QuestionType type : QuestionType.values()) {
      matchers.put(type, AnswerMatcher.forType(type, policy.nearMissRatio()));
    }
  }

  public GradingPolicy policy() {
    return policy;
  }

  /** Grades the answers of {@code sheet}. */
  public GradedSheet grade(AnswerKey key, ParsedSheet sheet) {
    return grade(key, sheet.answers());
  }

  /**
   * Grades {@code answers} against every question of {@code key}. Answers to questions the key does
   * not have are ignored; if a question number repeats, the first answer counts.
   */
  public GradedSheet grade(AnswerKey key, List<ParsedAnswer> answers) {
    Map<Integer, ParsedAnswer> byQuestion = new LinkedHashMap<>();
    for (ParsedAnswer answer : answers) {
      byQuestion.putIfAbsent(answer.q(), answer);
    }
    List<AnswerDecision> decisions = new ArrayList<>();
    for (KeyQuestion question : distinctInOrder(key)) {
      decisions.add(decide(question, byQuestion.get(question.q())));
    }
    return total(key, decisions);
  }

  /** The decision for one question; {@code answer} is {@code null} when the sheet lacks it. */
  public AnswerDecision decide(KeyQuestion question, ParsedAnswer answer) {
    if (answer == null) {
      return new AnswerDecision(
          question.q(), null, null, null, 0.0, true, ReviewReason.NOT_FOUND, question.points());
    }
    if (answer.readings().size() >= 2
        || (answer.readings().size() == 1 && !answer.readings().get(0).fromTesseract())) {
      // a lone PP-OCR reading is not a committee and not what the one-reader rule was fitted on
      return decideByCommittee(question, answer);
    }
    double confidence = clampConfidence(answer.confidence());
    MatchResult match = matcherFor(question).match(answer.text(), question);
    Boolean tentative =
        switch (match.verdict()) {
          case CORRECT -> Boolean.TRUE;
          case WRONG, NEAR_MISS, OFF_TYPE -> Boolean.FALSE;
          case UNPARSEABLE -> null;
        };
    ReviewReason reason;
    if (confidence >= policy.exactReadingConfidence()) {
      // The reading is what the student wrote: the grading rule alone decides.
      reason = null;
      tentative = match.correct();
    } else if (confidence < policy.minConfidence()) {
      reason = ReviewReason.LOW_CONFIDENCE;
    } else {
      reason =
          switch (match.verdict()) {
            case CORRECT, WRONG -> null;
            case NEAR_MISS -> ReviewReason.NEAR_MISS;
            case OFF_TYPE ->
                confidence >= policy.clearlyWrongConfidence() ? null : ReviewReason.UNPARSED;
            case UNPARSEABLE -> ReviewReason.UNPARSED;
          };
      if (reason == null && answer.numberInDoubt()) {
        // the answer may be another question's: its number broke the sheet's order
        reason = ReviewReason.UNPARSED;
      }
    }
    double points = Boolean.TRUE.equals(tentative) ? question.points() : 0.0;
    return new AnswerDecision(
        question.q(),
        answer.text(),
        confidence,
        tentative,
        points,
        reason != null,
        reason,
        question.points());
  }

  /**
   * The decision for an answer read by several readers: decided when the readers agree as {@link
   * CommitteeRule} asks, else reviewed as {@code readers_disagree} with every reading kept.
   */
  private AnswerDecision decideByCommittee(KeyQuestion question, ParsedAnswer answer) {
    CommitteeRule rule = policy.committee();
    QuestionType type = question.type() == null ? QuestionType.TEXT : question.type();
    ReaderText agreed = agreedReading(type, answer.readings(), rule);
    ReaderText shown = agreed != null ? agreed : firstNonEmpty(answer.readings());
    String text = shown == null ? answer.text() : shown.text();
    double confidence = clampConfidence(shown == null ? answer.confidence() : shown.confidence());
    MatchResult match = matcherFor(question).match(text, question);
    Boolean tentative =
        switch (match.verdict()) {
          case CORRECT -> Boolean.TRUE;
          case WRONG, NEAR_MISS, OFF_TYPE -> Boolean.FALSE;
          case UNPARSEABLE -> null;
        };
    ReviewReason reason;
    if (agreed == null) {
      reason = ReviewReason.READERS_DISAGREE;
    } else {
      reason =
          switch (match.verdict()) {
            case CORRECT, WRONG -> null;
            case OFF_TYPE ->
                confidence >= policy.clearlyWrongConfidence() ? null : ReviewReason.UNPARSED;
            case NEAR_MISS -> rule.agreedNearMissDecides() ? null : ReviewReason.NEAR_MISS;
            case UNPARSEABLE -> ReviewReason.UNPARSED;
          };
      if (reason == null && answer.numberInDoubt()) {
        reason = ReviewReason.UNPARSED;
      }
    }
    // the key is scored only where the readers left the answer to a teacher
    boolean verify = reason != null && rule.verifies() && !answer.numberInDoubt();
    List<ReaderText> scored =
        verify
            ? KeyVerification.scored(question, answer.readings())
            : answer.readings().stream()
                .map(r -> r.lattice() == null ? r : r.scored(null))
                .toList();
    if (verify) {
      switch (KeyVerification.verdict(question, scored, rule)) {
        case KEY -> {
          reason = null;
          tentative = Boolean.TRUE;
          text = question.accepted().get(0);
        }
        case NOT_KEY -> {
          if (!anyNearTheKey(question, answer.readings())) {
            reason = null;
            tentative = Boolean.FALSE;
          }
        }
        case UNSURE -> {}
      }
    }
    double points = Boolean.TRUE.equals(tentative) ? question.points() : 0.0;
    return new AnswerDecision(
        question.q(),
        text,
        confidence,
        tentative,
        points,
        reason != null,
        reason,
        question.points(),
        null,
        scored);
  }

  /**
   * Whether any reading matches or nearly matches an accepted answer (then it is not clearly
   * wrong).
   */
  private boolean anyNearTheKey(KeyQuestion question, List<ReaderText> readings) {
    for (ReaderText r : readings) {
      MatchVerdict v = matcherFor(question).match(r.text(), question).verdict();
      if (v == MatchVerdict.CORRECT || v == MatchVerdict.NEAR_MISS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reading the committee settles on, or null: Tesseract with an agreeing PP-OCR reading, else
   * two agreeing PP-OCR readings that are both sure enough.
   */
  static ReaderText agreedReading(
      QuestionType type, List<ReaderText> readings, CommitteeRule rule) {
    ReaderText agreed = majority(type, readings, rule);
    if (agreed == null || rule.dissentAllowed()) {
      return agreed;
    }
    for (ReaderText r : readings) {
      if (isValue(type, r.text()) && !ReadingAgreement.agree(type, agreed.text(), r.text())) {
        return null; // a reader saw another value: the teacher decides
      }
    }
    return agreed;
  }

  /** Whether {@code text} is a value of {@code type} (any non-blank text for a text question). */
  static boolean isValue(QuestionType type, String text) {
    return switch (type) {
      case NUMBER -> NumberValue.parse(Normalizer.normalize(text).replace(" ", "")).isPresent();
      case CHOICE -> ChoiceMatcher.parseLetter(text).isPresent();
      case BOOLEAN -> BooleanMatcher.parseTruth(text).isPresent();
      case TEXT -> !Normalizer.normalize(text).isEmpty();
    };
  }

  /**
   * Tesseract with an agreeing PP-OCR reading, else two agreeing PP-OCR readings that are both sure
   * enough; null when neither.
   */
  private static ReaderText majority(
      QuestionType type, List<ReaderText> readings, CommitteeRule rule) {
    ReaderText tesseract = null;
    List<ReaderText> others = new ArrayList<>();
    for (ReaderText r : readings) {
      if (r.fromTesseract()) {
        tesseract = tesseract == null ? r : tesseract;
      } else if (!r.text().isBlank()) {
        others.add(r);
      }
    }
    if (tesseract != null && !tesseract.text().isBlank()) {
      for (ReaderText other : others) {
        if (ReadingAgreement.agree(type, tesseract.text(), other.text())
            && Math.max(tesseract.confidence(), other.confidence()) >= rule.minAgreedConfidence()) {
          return tesseract.confidence() >= other.confidence() ? tesseract : other;
        }
      }
    }
    for (int i = 0; i < others.size(); i++) {
      for (int j = i + 1; j < others.size(); j++) {
        ReaderText a = others.get(i);
        ReaderText b = others.get(j);
        if (ReadingAgreement.agree(type, a.text(), b.text())
            && Math.min(a.confidence(), b.confidence()) >= rule.minPairConfidence()) {
          return a.confidence() >= b.confidence() ? a : b;
        }
      }
    }
    return null;
  }

  private static ReaderText firstNonEmpty(List<ReaderText> readings) {
    return readings.stream().filter(r -> !r.text().isBlank()).findFirst().orElse(null);
  }

  /**
   * Recomputes the totals of earlier decisions against {@code key}, honouring teachers' overrides
   * (an override wins and needs no review). Questions the decisions lack count as not found;
   * decisions for questions no longer in the key are dropped.
   */
  public GradedSheet rescore(AnswerKey key, List<AnswerDecision> decisions) {
    Map<Integer, AnswerDecision> byQuestion = new LinkedHashMap<>();
    for (AnswerDecision decision : decisions) {
      byQuestion.putIfAbsent(decision.q(), decision);
    }
    List<AnswerDecision> rescored = new ArrayList<>();
    for (KeyQuestion question : distinctInOrder(key)) {
      AnswerDecision decision = byQuestion.get(question.q());
      if (decision == null) {
        rescored.add(decide(question, null));
      } else if (decision.override() != null) {
        rescored.add(withMaxPoints(decision, question.points()).withOverride(decision.override()));
      } else {
        rescored.add(withMaxPoints(decision, question.points()));
      }
    }
    return total(key, rescored);
  }

  /**
   * Grades {@code answers} afresh (after a change of the key) and carries over the teachers'
   * overrides of {@code previous} for the questions that are still in the key.
   */
  public GradedSheet regrade(
      AnswerKey key, List<ParsedAnswer> answers, List<AnswerDecision> previous) {
    Map<Integer, TeacherOverride> overrides = new LinkedHashMap<>();
    for (AnswerDecision decision : previous) {
      if (decision.override() != null) {
        overrides.putIfAbsent(decision.q(), decision.override());
      }
    }
    List<AnswerDecision> decisions = new ArrayList<>();
    for (AnswerDecision decision : grade(key, answers).answers()) {
      TeacherOverride override = overrides.get(decision.q());
      decisions.add(override == null ? decision : decision.withOverride(override));
    }
    return total(key, decisions);
  }

  private AnswerMatcher matcherFor(KeyQuestion question) {
    QuestionType type = question.type() == null ? QuestionType.TEXT : question.type();
    return matchers.get(type);
  }

  private static List<KeyQuestion> distinctInOrder(AnswerKey key) {
    Map<Integer, KeyQuestion> byNumber = new LinkedHashMap<>();
    for (KeyQuestion question : key.questionsInOrder()) {
      byNumber.putIfAbsent(question.q(), question);
    }
    return List.copyOf(byNumber.values());
  }

  private static AnswerDecision withMaxPoints(AnswerDecision d, double maxPoints) {
    // A key change of the question's points changes what a correct automatic decision is worth.
    double points =
        d.override() == null && Boolean.TRUE.equals(d.correct()) ? maxPoints : d.points();
    return new AnswerDecision(
        d.q(),
        d.text(),
        d.confidence(),
        d.correct(),
        points,
        d.needsReview(),
        d.reason(),
        maxPoints,
        d.override(),
        d.readings());
  }

  private static GradedSheet total(AnswerKey key, List<AnswerDecision> decisions) {
    double score = decisions.stream().mapToDouble(AnswerDecision::points).sum();
    double maxScore = distinctInOrder(key).stream().mapToDouble(KeyQuestion::points).sum();
    boolean needsReview = decisions.stream().anyMatch(AnswerDecision::needsReview);
    return new GradedSheet(decisions, score, maxScore, needsReview);
  }

  private static double clampConfidence(double confidence) {
    if (Double.isNaN(confidence)) {
      return 0.0;
    }
    return Math.max(0.0, Math.min(100.0, confidence));
  }
}
