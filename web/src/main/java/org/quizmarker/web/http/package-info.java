/**
 * The HTTP-level screen every request passes before the servlet container sees it: only the
 * configured host names are served, request heads must be well formed (one Host, no control
 * characters, a known transfer coding, a bounded number of cookies), and state-changing requests
 * from other sites are refused. Refusals are the API's JSON envelope under {@code /api/}, a plain
 * page elsewhere.
 */
package org.quizmarker.web.http;
