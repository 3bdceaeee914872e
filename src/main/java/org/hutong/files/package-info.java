/**
 * Uploaded files, taken and kept the same way by every module that accepts them (follow-up
 * attachments, feed posts; approvals, sales and projects next): {@link org.hutong.files.UploadCheck}
 * checks a form field's files against the caller's limits and message keys, recognising each
 * {@link org.hutong.files.FileType} by its first bytes and cleaning pictures with
 * {@link org.hutong.files.ImageCleaning} (metadata such as the GPS position dropped, turned upright,
 * a thumbnail); {@link org.hutong.files.FileStore} keeps the bytes per enterprise under random keys
 * and drops them again when the transaction rolls back. Documents with numbered versions, for any
 * module's records, are in {@code files :: documents} ({@link org.hutong.files.document.Documents}, its
 * own tables). Depends on no business module: who may read or change a file, and the pages and
 * downloads, stay with the owning module, which checks its own record first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = { "shared", "tenancy" })
package org.hutong.files;
