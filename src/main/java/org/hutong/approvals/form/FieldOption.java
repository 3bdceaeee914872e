package org.hutong.approvals.form;

/** One choice of a select field: the code stored in requests (never changes) and its label. */
public record FieldOption(String code, Label label) {

	public static FieldOption of(String code, String zh, String en) {
		return new FieldOption(code, Label.of(zh, en));
	}
}
