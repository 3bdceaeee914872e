package org.hutong.projects.lifecycle;

import java.util.List;
import java.util.Optional;

/**
 * The running projects (进行中 or 暂停) that follow a template, as applying it needs them. Answered by
 * the projects folder, which depends on the lifecycle and so implements this rather than being called.
 */
public interface TemplateFollowers {

	/** A running project following a template; {@code status} is its status's name. */
	record Follower(long id, String code, String name, String status, long templateId) {
	}

	/** The template's running followers, by code. */
	List<Follower> running(long templateId);

	/** The project under a row lock, when it exists in the current enterprise. */
	Optional<Follower> lock(long projectId);
}
