package org.hutong.projects.health;

import java.util.List;

/**
 * One reason a project is not green, said in words by the message key
 * {@code projects.health.reason.<key>} with its arguments (names, days, percentages).
 */
public record HealthReason(Light light, String messageKey, List<Object> arguments) {

	public HealthReason {
		arguments = List.copyOf(arguments);
	}

	static HealthReason of(Light light, String key, Object... arguments) {
		return new HealthReason(light, "projects.health.reason." + key, List.of(arguments));
	}

	public Object[] messageArguments() {
		return arguments.toArray();
	}
}
