package org.quizmarker.jobs;

/**
 * An image as it is sent to a browser.
 *
 * @param bytes the encoded image
 * @param mediaType its type, e.g. {@code image/png}
 * @param etag a validator that changes whenever the bytes could (the stored file's hash and the
 *     variant)
 * @param filename the uploaded file's name, for a download
 */
public record ItemImage(byte[] bytes, String mediaType, String etag, String filename) {}
