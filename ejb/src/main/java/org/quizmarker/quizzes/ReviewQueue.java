package org.quizmarker.quizzes;

import java.util.List;
import org.quizmarker.grading.ReaderText;

/**
 * The answers of a quiz that wait for a teacher, grouped so that one decision can settle identical
 * readings.
 *
 * @param remaining how many answers wait in all
 * @param groups the groups, by question, then largest first
 */
public record ReviewQueue(long remaining, List<Group> groups) {

  /**
   * Answers to one question that read the same after normalisation.
   *
   * @param key the question and the normalised text, e.g. {@code 3|paris}
   * @param text the group's most common reading as written
   * @param reason the most common review reason in the group
   * @param accepted the key's accepted answers
   * @param points what the question is worth
   */
  public record Group(
      String key,
      int q,
      String text,
      String reason,
      List<String> accepted,
      double points,
      int count,
      List<Item> answers) {}

  /**
   * One flagged answer.
   *
   * @param cropUrl the crop of the sheet around the answer (answers 404 without a box)
   * @param sheetUrl the whole stored sheet
   * @param hasBox whether the answer's place on the sheet is known
   */
  public record Item(
      long submissionId,
      int q,
      String text,
      Double confidence,
      String reason,
      String studentName,
      List<ReaderText> readings,
      String cropUrl,
      String sheetUrl,
      boolean hasBox) {}
}
