package org.quizmarker.users;

/**
 * A successful sign-in: who, and the account's credentials version at that moment, which the
 * session keeps so that a later password change or disabling ends it.
 */
public record SignIn(Caller caller, long credentialsVersion) {}
