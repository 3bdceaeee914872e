package org.hutong.projects.health;

/** A project's health light, worst last; labels {@code projects.health.light.<name in lower case>}. */
public enum Light {

	GREEN, YELLOW, RED;

	public String messageKey() {
		return "projects.health.light." + name().toLowerCase(java.util.Locale.ROOT);
	}

	Light worse(Light other) {
		return other.compareTo(this) > 0 ? other : this;
	}
}
