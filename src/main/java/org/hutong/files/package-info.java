/**
 * Uploaded files, taken and kept the same way by every module that accepts them (follow-up
 * attachments, feed posts; approvals, sales and projects next): {@link org.hutong.files.UploadCheck}
 * checks a form field's files against the caller's limits and message keys, recognising each
 * {@link org.hutong.files.FileType} by its first bytes and cleaning pictures with
 * {@link org.hutong.files.ImageCleaning} (metadata such as the GPS position dropped, turned upright,
 * a thumbnail); {@link org.hutong.files.FileStore} keeps the bytes per enterprise under random keys
 * and drops them again when the transaction rolls back. Owns no tables and no beans, and depends on
 * no module: the rows naming a file, who may read it and the downloads stay with the owning module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = {})
package org.hutong.files;
