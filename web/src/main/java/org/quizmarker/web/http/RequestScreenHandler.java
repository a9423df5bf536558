package org.quizmarker.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.quizmarker.platform.LogSafe;

/**
 * Runs the {@link RequestScreen} on every request of the deployment, ahead of the servlet container
 * (so before its request listeners, which parse cookies and would answer a bare 500), and answers a
 * refusal itself: the API's JSON envelope under {@code /api/}, a plain page elsewhere. The
 * connection is closed after a refusal, so an unread body cannot be taken for the next request.
 */
final class RequestScreenHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(RequestScreenHandler.class);

  private final RequestScreen screen;
  private final HttpHandler next;

  RequestScreenHandler(RequestScreen screen, HttpHandler next) {
    this.screen = screen;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    RequestHead head = headOf(exchange);
    Optional<Refusal> refusal = screen.check(head);
    if (refusal.isEmpty()) {
      next.handleRequest(exchange);
      return;
    }
    Refusal r = refusal.get();
    LOG.infof(
        "Request refused: %d %s %s %s from %s (Host %s)",
        r.status(),
        r.code(),
        LogSafe.of(head.method()),
        LogSafe.of(head.path()),
        exchange.getSourceAddress() == null
            ? "?"
            : exchange.getSourceAddress().getAddress().getHostAddress(),
        LogSafe.of(head.first("Host")));
    exchange.setStatusCode(r.status());
    exchange.setPersistent(false);
    var headers = exchange.getResponseHeaders();
    headers.put(Headers.CACHE_CONTROL, "no-store");
    headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
    String body;
    if (head.path().startsWith("/api/")) {
      headers.put(Headers.CONTENT_TYPE, "application/json");
      body = envelope(r);
    } else {
      headers.put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
      body = r.status() + " " + r.message() + "\n";
    }
    exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
  }

  /** The API's error envelope ({@code web/api/ErrorBody}); codes and messages are constants. */
  static String envelope(Refusal r) {
    return "{\"success\":false,\"error\":\""
        + r.message().replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"code\":\""
        + r.code()
        + "\"}";
  }

  private static RequestHead headOf(HttpServerExchange exchange) {
    List<RequestHead.Field> fields = new ArrayList<>();
    for (HeaderValues values : exchange.getRequestHeaders()) {
      String name = values.getHeaderName().toString();
      for (String value : values) {
        fields.add(new RequestHead.Field(name, value));
      }
    }
    return new RequestHead(
        exchange.getProtocol().toString(),
        exchange.getRequestMethod().toString(),
        exchange.getRequestPath(),
        fields);
  }
}
