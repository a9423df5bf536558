package org.quizmarker.users;

/**
 * A successful sign-in: who, and the new session's key, which the browser keeps in its cookie (the
 * database only its hash).
 */
public record SignIn(Caller caller, SessionKey session) {}
