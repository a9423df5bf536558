package org.quizmarker.it.browser;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** A clean printed answer sheet whose lines read like HTML: what an attacker would write. */
final class MarkupSheet {
  private MarkupSheet() {}

  static final List<String> LINES =
      List.of(
          "Quiz: Markup",
          "Name: <script>alert(2)</script>",
          "Student ID: 4242424",
          "#1 <img src=x onerror=alert(3)>",
          "#2 <b>Paris</b>",
          "#3 <a href=javascript:alert(4)>x</a>");

  static byte[] png() {
    BufferedImage image = new BufferedImage(1654, 2339, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 52));
    int y = 220;
    for (String line : LINES) {
      g.drawString(line, 160, y);
      y += 130;
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
