package org.hutong.projects.health;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A judgement's reasons as one line each (light, message key, arguments, tab-separated), so the
 * project row keeps them and the portfolio says them in the reader's language without judging again.
 * Whole numbers come back as numbers, so a message formats them as it did when judged live.
 */
public final class StoredReasons {

	private static final int MAX_LENGTH = 2000;

	private StoredReasons() {
	}

	public static String write(List<HealthReason> reasons) {
		String text = reasons.stream()
			.map(reason -> reason.light() + "\t" + reason.messageKey() + reason.arguments()
				.stream()
				.map(argument -> "\t" + String.valueOf(argument).replace('\t', ' ').replace('\n', ' '))
				.collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
		return text.length() <= MAX_LENGTH ? text : text.substring(0, text.lastIndexOf('\n', MAX_LENGTH));
	}

	public static List<HealthReason> read(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<HealthReason> reasons = new ArrayList<>();
		for (String line : text.split("\n")) {
			String[] parts = line.split("\t", -1);
			if (parts.length < 2) {
				continue;
			}
			List<Object> arguments = new ArrayList<>();
			for (int i = 2; i < parts.length; i++) {
				arguments.add(parts[i].matches("-?\\d{1,18}") ? (Object) Long.valueOf(parts[i]) : parts[i]);
			}
			reasons.add(new HealthReason(Light.valueOf(parts[0]), parts[1], arguments));
		}
		return reasons;
	}
}
