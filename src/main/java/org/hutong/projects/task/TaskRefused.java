package org.hutong.projects.task;

/** A task or board change the rules refuse, with the field it concerns and the message key saying why. */
class TaskRefused extends RuntimeException {

	private final String field;

	private final String code;

	TaskRefused(String field, String code) {
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
