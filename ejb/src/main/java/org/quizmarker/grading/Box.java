package org.quizmarker.grading;

/** Where a line of text sits on the page image, in pixels. */
public record Box(int x, int y, int width, int height) {

  /** The smallest box holding both, so an answer spilling onto a second line keeps one box. */
  public Box union(Box other) {
    if (other == null) {
      return this;
    }
    int left = Math.min(x, other.x);
    int top = Math.min(y, other.y);
    int right = Math.max(x + width, other.x + other.width);
    int bottom = Math.max(y + height, other.y + other.height);
    return new Box(left, top, right - left, bottom - top);
  }
}
