package org.quizmarker.grading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact rational number read from an answer: an integer, a decimal ({@code 4.25}, {@code .6}) or
 * a fraction {@code a/b}. Exact so that {@code 3/4}, {@code 0.75} and {@code 6/8} compare equal
 * without rounding.
 *
 * @param numerator the numerator of the reduced fraction, carrying the sign
 * @param denominator the denominator of the reduced fraction, always positive
 */
public record NumberValue(BigInteger numerator, BigInteger denominator) {

  /** Absolute difference below which two values count as equal when a key gives no tolerance. */
  public static final double DEFAULT_EPSILON = 1e-9;

  private static final int MAX_LENGTH = 40;
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern FRACTION = Pattern.compile("([+-]?)(\\d+)\\s*/\\s*(\\d+)");

  public NumberValue {
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /**
   * Parses {@code text} after trimming it. Returns empty for anything else than an integer, decimal
   * or fraction with a non-zero denominator; no OCR repair is attempted here.
   */
  public static Optional<NumberValue> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replace('\u2212', '-');
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (DECIMAL.matcher(s).matches()) {
      BigDecimal d = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
      return Optional.of(fromDecimal(d));
    }
    Matcher m = FRACTION.matcher(s);
    if (m.matches()) {
      BigInteger num = new BigInteger(m.group(2));
      BigInteger den = new BigInteger(m.group(3));
      if (den.signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(new NumberValue("-".equals(m.group(1)) ? num.negate() : num, den));
    }
    return Optional.empty();
  }

  static NumberValue fromDecimal(BigDecimal d) {
    if (d.scale() <= 0) {
      return new NumberValue(d.toBigIntegerExact(), BigInteger.ONE);
    }
    return new NumberValue(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  public double doubleValue() {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), MathContext.DECIMAL64)
        .doubleValue();
  }

  /**
   * Whether the two values differ by at most {@code tolerance}, or by at most {@link
   * #DEFAULT_EPSILON} when it is {@code null}. Computed exactly, so 0.76 is within 0.01 of 0.75.
   */
  public boolean equalsWithin(NumberValue other, Double tolerance) {
    double t = tolerance == null ? DEFAULT_EPSILON : Math.max(0.0, tolerance);
    // |a/b - c/d| <= t  <=>  |ad - cb| <= t * bd, with t as an exact decimal.
    BigInteger den = denominator.multiply(other.denominator);
    BigDecimal diff =
        new BigDecimal(
            numerator
                .multiply(other.denominator)
                .subtract(other.numerator.multiply(denominator))
                .abs());
    BigDecimal limit = new BigDecimal(Double.toString(t)).multiply(new BigDecimal(den));
    return diff.compareTo(limit) <= 0;
  }

  /** The value as a plain decimal ({@code 3/4} gives {@code 0.75}), when it terminates. */
  public Optional<String> decimalString() {
    try {
      BigDecimal d =
          new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros();
      return Optional.of(d.toPlainString());
    } catch (ArithmeticException nonTerminating) {
      return Optional.empty();
    }
  }
}
