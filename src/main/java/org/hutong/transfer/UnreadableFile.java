package org.hutong.transfer;

/**
 * An upload that cannot be read as a table: not an .xlsx or .csv, broken, in an encoding we do not
 * recognise, empty, or too long. {@link #reason()} is the message key that tells the user which.
 */
public class UnreadableFile extends RuntimeException {

	private final String reason;

	private final transient Object[] arguments;

	public UnreadableFile(String reason, Object... arguments) {
		super(reason, null, false, false);
		this.reason = reason;
		this.arguments = arguments;
	}

	public String reason() {
		return reason;
	}

	public Object[] arguments() {
		return arguments;
	}
}
