package org.quizmarker.web.jobs;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.quizmarker.jobs.UploadLimits;

/**
 * Refuses request bodies over QM_MAX_REQUEST_BYTES with a JSON 413 before reading them when the
 * length is declared, and counts bytes as they are read when it is not (chunked uploads): the
 * upload endpoint then answers 413 instead of a broken connection or Undertow's bare 400.
 */
// Async-capable, or Server-Sent Events behind it could not go asynchronous.
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {
  static final String TOO_LARGE = "qm.requestTooLarge";

  @Inject UploadLimits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long max = limits.maxRequestBytes();
    long declared = request.getContentLengthLong();
    if (declared > max) {
      response.setStatus(413);
      response.setContentType("application/json");
      response.setHeader("Connection", "close");
      response
          .getOutputStream()
          .write(
              ("{\"success\":false,\"error\":\"Request body of "
                      + declared
                      + " bytes exceeds the limit of "
                      + max
                      + " bytes\",\"code\":\"REQUEST_TOO_LARGE\"}")
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(declared < 0 ? new Counted(request, max) : request, response);
  }

  /** Counts the bytes read and fails the read past the limit (marking the request). */
  static final class Counted extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Counted(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        HttpServletRequest request = (HttpServletRequest) getRequest();
        stream =
            new ServletInputStream() {
              private long count;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  add(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  add(n);
                }
                return n;
              }

              private void add(int n) throws IOException {
                count += n;
                if (count > max) {
                  request.setAttribute(TOO_LARGE, Boolean.TRUE);
                  throw new IOException("Request body exceeds " + max + " bytes");
                }
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
