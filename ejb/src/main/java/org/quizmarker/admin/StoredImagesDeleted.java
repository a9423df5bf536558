package org.quizmarker.admin;

/** Fired when the retention cleanup deleted stored image bytes; observed after commit. */
public record StoredImagesDeleted(int count) {}
