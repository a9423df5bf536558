package org.quizmarker.jobs;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writing images for browsers (PNG, JPEG) and scaling them down smoothly, all in Java. */
public final class ImageEncoding {
  private ImageEncoding() {}

  public static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("No PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** JPEG at {@code quality} (0..1); images with alpha are flattened on white first. */
  public static byte[] jpeg(BufferedImage image, float quality) {
    BufferedImage opaque = image;
    if (image.getColorModel().hasAlpha()) {
      opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = opaque.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(opaque, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /**
   * {@code image} scaled to {@code width} keeping its aspect ratio; never enlarged. Halves in steps
   * first, so a big reduction stays smooth instead of dropping pixels.
   */
  public static BufferedImage scaleToWidth(BufferedImage image, int width) {
    if (width >= image.getWidth()) {
      return image;
    }
    BufferedImage current = image;
    while (current.getWidth() / 2 >= width) {
      current = resize(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
    }
    int height =
        Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
    return current.getWidth() == width ? current : resize(current, width, height);
  }

  private static BufferedImage resize(BufferedImage source, int width, int height) {
    int type =
        source.getType() == BufferedImage.TYPE_BYTE_GRAY
            ? BufferedImage.TYPE_BYTE_GRAY
            : BufferedImage.TYPE_INT_RGB;
    BufferedImage target = new BufferedImage(width, height, type);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(source, 0, 0, width, height, null);
    g.dispose();
    return target;
  }
}
