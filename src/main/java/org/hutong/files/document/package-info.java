/**
 * Documents with versions, kept the same way for every module that attaches them to its records
 * (contract attachments in sales, deliverables in projects): a document under a title belongs to a
 * {@link org.hutong.files.document.Subject} — a kind the owning module names and its record's id —
 * and holds versions 1, 2, … (file, name as uploaded, type by its bytes, size, note, who and when),
 * the last being the current one; none is ever removed, and deleting a document hides it. The
 * owning module checks its own record and its permissions first, then calls
 * {@link org.hutong.files.document.Documents}; this package knows no module's records. Open to other
 * modules as the named interface {@code files :: documents}.
 */
@org.springframework.modulith.NamedInterface("documents")
package org.hutong.files.document;
