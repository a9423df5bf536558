package org.quizmarker.web.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.quizmarker.web.api.Errors;

/**
 * Every error the servlet container answers itself (unknown static path, a request it refused
 * before the application, an exception outside the API's mappers): the API's JSON envelope under
 * {@code /api/}, a plain page elsewhere. Never a stack trace or a server version (WEB-INF/web.xml
 * routes all errors here).
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {
  static final String PATH = "/error-page";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : request.getRequestURI();
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String reason = reason(status);
    if (path != null && path.startsWith("/api/")) {
      response.setContentType("application/json");
      response
          .getWriter()
          .write(
              "{\"success\":false,\"error\":\""
                  + reason
                  + "\",\"code\":\""
                  + Errors.codeOf(status)
                  + "\"}");
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(status + " " + reason + "\n");
    }
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Sign in first";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request too large";
      case 415 -> "Unsupported media type";
      default -> status >= 500 ? "Internal error" : "Request refused";
    };
  }
}
