package org.quizmarker.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the API, the Flask prototype's shapes. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
