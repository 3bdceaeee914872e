package org.hutong.approvals.form;

/** A file attached to a request, by the id of the stored file and its name shown to people. */
public record Attachment(String id, String name) {
}
