package org.quizmarker.grading;

import java.util.List;
import java.util.Optional;

/**
 * What {@link AnswerParser} read from one sheet.
 *
 * @param quizTitle the {@code Quiz:} header, or {@code null} when the sheet has none
 * @param studentName the {@code Name:} header, or {@code null}
 * @param studentId the {@code Student ID:} header, or {@code null}
 * @param answers the numbered answers, one per question number, ordered by question number
 * @param unparsedLines lines that were neither header, answer nor continuation, and later
 *     duplicates of a question number, so that a teacher can still see them
 */
public record ParsedSheet(
    String quizTitle,
    String studentName,
    String studentId,
    List<ParsedAnswer> answers,
    List<String> unparsedLines) {

  public ParsedSheet {
    answers = answers == null ? List.of() : List.copyOf(answers);
    unparsedLines = unparsedLines == null ? List.of() : List.copyOf(unparsedLines);
  }

  /** The number of distinct numbered answers found. */
  public int questionCount() {
    return (int) answers.stream().mapToInt(ParsedAnswer::q).distinct().count();
  }

  /** The answer to question {@code q}, if the sheet has one. */
  public Optional<ParsedAnswer> answer(int q) {
    return answers.stream().filter(a -> a.q() == q).findFirst();
  }
}
