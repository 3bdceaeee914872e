package org.hutong.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reference to a record, written {@code customer:42}. */
public record SubjectRef(String type, long id) {

	private static final Pattern FORMAT = Pattern.compile("([a-z][a-z0-9-]{0,29}):(\\d{1,18})");

	/** The reference in a request parameter; empty when blank or malformed. */
	public static Optional<SubjectRef> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(value.strip());
		return matcher.matches() ? Optional.of(new SubjectRef(matcher.group(1), Long.parseLong(matcher.group(2))))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return type + ":" + id;
	}
}
