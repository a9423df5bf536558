package org.quizmarker.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import org.quizmarker.platform.ServiceException;

/**
 * Checks a request body's JSON types against the record it is read into, before JSON-B converts it:
 * JSON-B would turn {@code 1} or {@code "yes"} into {@code false} for a boolean. A field may be
 * missing or {@code null}; when present it must have its declared type. Unknown fields are ignored.
 */
public final class JsonShape {
  private static final Set<Class<?>> WHOLE =
      Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class);
  private static final Set<Class<?>> REAL = Set.of(Double.class, double.class, Float.class);
  private static final BigDecimal MAX_REAL = BigDecimal.valueOf(Double.MAX_VALUE);

  private JsonShape() {}

  /** A 400 {@code INVALID_FIELD_TYPE} naming the first field whose JSON type does not fit. */
  public static void check(JsonValue value, Type type, String where) {
    if (value.getValueType() == ValueType.NULL) {
      return;
    }
    Class<?> raw = rawClass(type);
    if (raw == Boolean.class || raw == boolean.class) {
      require(value, where, "true or false", ValueType.TRUE, ValueType.FALSE);
    } else if (raw == String.class) {
      require(value, where, "a string", ValueType.STRING);
    } else if (WHOLE.contains(raw)) {
      require(value, where, "a whole number", ValueType.NUMBER);
      JsonNumber n = (JsonNumber) value;
      long max = raw == Long.class || raw == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
      if (!n.isIntegral() || n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(max)) > 0) {
        throw wrongType(where, "a whole number in range");
      }
    } else if (REAL.contains(raw)) {
      require(value, where, "a number", ValueType.NUMBER);
      if (((JsonNumber) value).bigDecimalValue().abs().compareTo(MAX_REAL) > 0) {
        throw wrongType(where, "a finite number");
      }
    } else if (Collection.class.isAssignableFrom(raw)) {
      require(value, where, "an array", ValueType.ARRAY);
      Type element =
          type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      int i = 0;
      for (JsonValue item : value.asJsonArray()) {
        check(item, element, where + "[" + i++ + "]");
      }
    } else if (raw.isRecord()) {
      require(value, where, "an object", ValueType.OBJECT);
      JsonObject object = value.asJsonObject();
      for (RecordComponent c : raw.getRecordComponents()) {
        String name = jsonName(c.getName());
        JsonValue field = object.get(name);
        if (field != null) {
          check(field, c.getGenericType(), where.isEmpty() ? name : where + "." + name);
        }
      }
    }
    // Any other type is left to JSON-B, which refuses what it cannot convert.
  }

  /** The JSON name of a Java name under {@code LOWER_CASE_WITH_UNDERSCORES}. */
  static String jsonName(String javaName) {
    StringBuilder b = new StringBuilder();
    for (char ch : javaName.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static void require(JsonValue value, String where, String what, ValueType... types) {
    for (ValueType t : types) {
      if (value.getValueType() == t) {
        return;
      }
    }
    throw wrongType(where, what);
  }

  private static ServiceException wrongType(String where, String what) {
    return ServiceException.invalid(
        "INVALID_FIELD_TYPE", (where.isEmpty() ? "The body" : where) + " must be " + what);
  }
}
