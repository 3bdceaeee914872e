package org.hutong.customers.option;

/**
 * The three lists an enterprise edits: 客户级别, 行业 and 来源. {@link #field()} names the form and API
 * field that carries an option's code, so validation errors name it.
 */
public enum OptionKind {

	LEVEL("level"), INDUSTRY("industry"), SOURCE("source");

	private final String field;

	OptionKind(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}
}
