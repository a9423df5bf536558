package org.quizmarker.quizzes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.quizmarker.grading.Box;
import org.quizmarker.jobs.ImageEncoding;

/**
 * Draws what a teacher sees of a sheet: the crop around one answer, and the marked sheet with each
 * answer's mark where it was written. Plain Java2D on the decoded image: marks are drawn as strokes
 * (no glyph needed), text in the logical SansSerif font, everything antialiased.
 */
public final class SheetDrawing {
  static final Color RIGHT = new Color(0x1a, 0x7f, 0x37);
  static final Color WRONG = new Color(0xc6, 0x28, 0x28);
  static final Color REVIEW = new Color(0xd9, 0x82, 0x00);

  /** Crops wider than this are scaled down: enough to read handwriting, small to send. */
  static final int MAX_CROP_WIDTH = 1600;

  /** Marked sheets wider than this are scaled down (about A4 at 200 dpi). */
  static final int MAX_MARKED_WIDTH = 1700;

  private SheetDrawing() {}

  /** How an answer is marked. */
  public enum Verdict {
    RIGHT,
    WRONG,
    REVIEW
  }

  /** One answer's mark: where, which, and the points as {@code 1/1}. */
  public record Mark(int q, Box box, Verdict verdict, double points, double maxPoints) {}

  /**
   * The strip of the sheet around {@code box}: the full width of the page, about three line heights
   * high (the answer's line in the middle), so the teacher sees the line and its surroundings.
   */
  public static BufferedImage crop(BufferedImage sheet, Box box) {
    // A line of margin above and below: the box's height, at least a 40th of the page's width
    // (small boxes on big scans would otherwise give a sliver).
    int lineHeight = Math.max(box.height(), sheet.getWidth() / 40);
    int top = clamp(box.y() - lineHeight, 0, sheet.getHeight() - 1);
    int bottom = clamp(box.y() + box.height() + lineHeight, top + 1, sheet.getHeight());
    BufferedImage strip = sheet.getSubimage(0, top, sheet.getWidth(), bottom - top);
    // A copy: the sheet is shared (cached), and a sub-image would keep all of it alive.
    BufferedImage copy =
        new BufferedImage(strip.getWidth(), strip.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = copy.createGraphics();
    g.drawImage(strip, 0, 0, null);
    g.dispose();
    return ImageEncoding.scaleToWidth(copy, MAX_CROP_WIDTH);
  }

  /**
   * The sheet with every mark drawn at its answer and a header with the student and the score.
   * Marks without a box are listed in the header instead.
   */
  public static BufferedImage marked(
      BufferedImage sheet, String studentName, double score, double maxScore, List<Mark> marks) {
    int unit = Math.max(16, sheet.getWidth() / 60);
    StringBuilder unplaced = new StringBuilder();
    for (Mark m : marks) {
      if (m.box() == null) {
        unplaced.append(unplaced.length() > 0 ? "  " : "").append('#').append(m.q()).append(' ');
        unplaced.append(symbolText(m)).append(' ').append(points(m.points())).append('/');
        unplaced.append(points(m.maxPoints()));
      }
    }
    // The header is a band above the sheet, so it never hides what the student wrote.
    int header = unit * 3 + (unplaced.length() == 0 ? 0 : unit * 2);
    BufferedImage out =
        new BufferedImage(sheet.getWidth(), header + sheet.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    drawHeader(
        g, sheet.getWidth(), header, unit, studentName, score, maxScore, unplaced.toString());
    g.drawImage(sheet, 0, header, null);
    g.translate(0, header);
    for (Mark m : marks) {
      if (m.box() != null) {
        drawMark(g, m, unit, sheet.getWidth());
      }
    }
    g.dispose();
    return ImageEncoding.scaleToWidth(out, MAX_MARKED_WIDTH);
  }

  private static void drawMark(Graphics2D g, Mark m, int unit, int pageWidth) {
    Color color = color(m.verdict());
    Box b = m.box();
    int size = Math.max(unit, Math.min(b.height() * 3 / 2, unit * 3));
    g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 200));
    g.setStroke(new BasicStroke(Math.max(2f, size / 14f)));
    int pad = size / 4;
    g.drawRoundRect(b.x() - pad / 2, b.y() - pad / 2, b.width() + pad, b.height() + pad, pad, pad);
    String pts = points(m.points()) + "/" + points(m.maxPoints());
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, size * 2 / 3)));
    FontMetrics fm = g.getFontMetrics();
    int needed = size + pad + fm.stringWidth(pts);
    // Right of the answer when the margin has room, else left of it.
    int x = b.x() + b.width() + pad;
    if (x + needed > pageWidth) {
      x = Math.max(0, b.x() - pad - needed);
    }
    int cy = b.y() + b.height() / 2;
    int y = cy - size / 2;
    g.setColor(color);
    g.setStroke(
        new BasicStroke(Math.max(3f, size / 7f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    switch (m.verdict()) {
      case RIGHT -> {
        Path2D tick = new Path2D.Double();
        tick.moveTo(x + size * 0.1, y + size * 0.55);
        tick.lineTo(x + size * 0.4, y + size * 0.85);
        tick.lineTo(x + size * 0.9, y + size * 0.15);
        g.draw(tick);
      }
      case WRONG -> {
        g.drawLine(x + size / 6, y + size / 6, x + size * 5 / 6, y + size * 5 / 6);
        g.drawLine(x + size * 5 / 6, y + size / 6, x + size / 6, y + size * 5 / 6);
      }
      case REVIEW -> {
        Font f = new Font(Font.SANS_SERIF, Font.BOLD, size);
        g.setFont(f);
        FontMetrics qm = g.getFontMetrics();
        g.drawString(
            "?",
            x + (size - qm.stringWidth("?")) / 2,
            cy + qm.getAscent() / 2 - qm.getDescent() / 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, size * 2 / 3)));
      }
    }
    g.drawString(pts, x + size + pad / 2, cy + fm.getAscent() / 2 - fm.getDescent() / 2);
  }

  private static void drawHeader(
      Graphics2D g,
      int width,
      int height,
      int unit,
      String studentName,
      double score,
      double maxScore,
      String unplaced) {
    Font big = new Font(Font.SANS_SERIF, Font.BOLD, unit * 2);
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, unit);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xcc, 0xcc, 0xcc));
    g.fillRect(0, height - Math.max(1, unit / 8), width, Math.max(1, unit / 8));
    g.setColor(new Color(0x22, 0x22, 0x22));
    g.setFont(big);
    FontMetrics fm = g.getFontMetrics();
    String total = points(score) + " / " + points(maxScore);
    int baseline = unit / 2 + fm.getAscent();
    g.drawString(total, width - unit - fm.stringWidth(total), baseline);
    String name = studentName == null || studentName.isBlank() ? "(no name read)" : studentName;
    int room = width - 3 * unit - fm.stringWidth(total);
    g.drawString(fit(name, fm, room), unit, baseline);
    if (!unplaced.isEmpty()) {
      g.setFont(small);
      g.setColor(REVIEW.darker());
      g.drawString(
          fit("Not found on the sheet: " + unplaced, g.getFontMetrics(), width - 2 * unit),
          unit,
          baseline + unit * 2);
    }
  }

  private static String fit(String text, FontMetrics fm, int width) {
    if (fm.stringWidth(text) <= width) {
      return text;
    }
    String t = text;
    while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }

  private static String symbolText(Mark m) {
    return switch (m.verdict()) {
      case RIGHT -> "right";
      case WRONG -> "wrong";
      case REVIEW -> "to review";
    };
  }

  static String points(double p) {
    return p == Math.rint(p)
        ? Long.toString((long) p)
        : Double.toString(Math.round(p * 100) / 100.0);
  }

  private static Color color(Verdict v) {
    return switch (v) {
      case RIGHT -> RIGHT;
      case WRONG -> WRONG;
      case REVIEW -> REVIEW;
    };
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }
}
