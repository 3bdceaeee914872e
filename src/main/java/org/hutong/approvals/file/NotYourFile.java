package org.hutong.approvals.file;

import org.hutong.approvals.ApprovalRefused;

/** A form names a file its submitter did not upload, or one another request holds already. */
public class NotYourFile extends RuntimeException implements ApprovalRefused {

	public NotYourFile(long fileId) {
		super("not a file of the submitter's: " + fileId);
	}

	@Override
	public String messageCode() {
		return "approvals.files.notYours";
	}
}
