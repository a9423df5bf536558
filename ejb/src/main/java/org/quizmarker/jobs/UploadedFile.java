package org.quizmarker.jobs;

/** One file part of an upload, as the client sent it (name not yet sanitised). */
public record UploadedFile(String submittedName, byte[] bytes) {}
