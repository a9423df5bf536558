package org.quizmarker.quizzes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quiz's marks as CSV: one row per submission (student, score, review flag) and one column per
 * question with the points in force. Cells that a spreadsheet would run as a formula are quoted
 * with a leading apostrophe (a student's "name" is untrusted text).
 */
public final class ResultsCsv {
  private ResultsCsv() {}

  public static String write(List<Integer> questions, List<SubmissionView> submissions) {
    StringBuilder csv = new StringBuilder();
    csv.append("submission_id,student_name,student_id,score,max_score,needs_review");
    for (int q : questions) {
      csv.append(",q").append(q);
    }
    csv.append(",review_questions\r\n");
    for (SubmissionView s : submissions) {
      Map<Integer, SubmissionView.Answer> byQ = new TreeMap<>();
      s.answers().forEach(a -> byQ.put(a.q(), a));
      csv.append(s.id())
          .append(',')
          .append(cell(s.studentName()))
          .append(',')
          .append(cell(s.studentId()))
          .append(',')
          .append(number(s.score()))
          .append(',')
          .append(number(s.maxScore()))
          .append(',')
          .append(s.needsReview());
      StringBuilder review = new StringBuilder();
      for (int q : questions) {
        SubmissionView.Answer a = byQ.get(q);
        csv.append(',');
        if (a != null) {
          csv.append(number(a.points()));
          if (a.needsReview()) {
            review.append(review.length() == 0 ? "" : " ").append(q);
          }
        }
      }
      csv.append(',').append(cell(review.toString())).append("\r\n");
    }
    return csv.toString();
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
