package org.hutong.projects.time;

/** A time entry the rules refuse, with the field it concerns and the message key saying why. */
class TimeRefused extends RuntimeException {

	private final String field;

	private final String code;

	TimeRefused(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	String field() {
		return field;
	}

	String code() {
		return code;
	}
}
