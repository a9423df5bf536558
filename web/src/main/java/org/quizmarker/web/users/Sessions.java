package org.quizmarker.web.users;

/** Names kept in the HTTP session. */
final class Sessions {
  static final String USER_ID = "qm.userId";

  private Sessions() {}
}
