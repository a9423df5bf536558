package org.quizmarker.web.http;

import java.util.List;

/**
 * What the screen looks at of a request: its protocol ({@code HTTP/1.1}), method, path and header
 * fields in arrival order (a name may occur more than once).
 */
public record RequestHead(String protocol, String method, String path, List<Field> fields) {
  public RequestHead {
    fields = List.copyOf(fields);
  }

  /** One header field as received. */
  public record Field(String name, String value) {}

  /** Every value of the named header (case-insensitive), in arrival order. */
  public List<String> values(String name) {
    return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).toList();
  }

  /** The first value of the named header, or null. */
  public String first(String name) {
    List<String> all = values(name);
    return all.isEmpty() ? null : all.get(0);
  }
}
