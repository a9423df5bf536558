package org.quizmarker.web.users;

import jakarta.servlet.http.HttpSession;

/** Names kept in the HTTP session. */
final class Sessions {
  static final String USER_ID = "qm.userId";

  /** The account's credentials version at sign-in: the session ends when it changes. */
  static final String CREDENTIALS_VERSION = "qm.credentialsVersion";

  /** Starts the signed-in state of a session. */
  static void signIn(HttpSession session, long userId, long credentialsVersion) {
    session.setAttribute(CREDENTIALS_VERSION, credentialsVersion);
    session.setAttribute(USER_ID, userId);
  }

  private Sessions() {}
}
