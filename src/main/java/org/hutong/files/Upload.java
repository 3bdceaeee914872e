package org.hutong.files;

/**
 * An uploaded file that passed its {@link UploadCheck}, ready to store.
 *
 * @param fileName the name as uploaded, without any folder a browser put before it; only ever shown
 *        or sent back as a download name, never used on disk
 * @param bytes what to keep: a picture cleaned of its metadata, any other file as sent
 * @param thumbnail a smaller picture for wide images, {@code null} otherwise
 */
public record Upload(String fileName, FileType type, byte[] bytes, byte[] thumbnail) {
}
