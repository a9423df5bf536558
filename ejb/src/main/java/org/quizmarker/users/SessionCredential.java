package org.quizmarker.users;

import jakarta.security.enterprise.credential.Credential;

/** The session cookie's key, as the identity store validates it. */
public record SessionCredential(SessionKey key) implements Credential {}
