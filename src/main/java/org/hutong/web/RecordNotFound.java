package org.hutong.web;

/** The record does not exist in the caller's enterprise (or never did): a 404, page or API. */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound() {
		super("record not found", null, false, false);
	}
}
