package org.hutong.projects;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.hutong.identity.SignedInUser;

/**
 * Projects and their tasks as other modules may refer to them (the feed's posts and comments on them): who may
 * read them — whoever may see the project — and their names. Nothing here needs the
 * {@code projects} permissions; a user without them reads nothing.
 */
public interface ProjectRecords {

	/** Of these projects, those the user may see. */
	Set<Long> readableProjects(SignedInUser user, Collection<Long> projectIds);

	/** Of these tasks, those whose project the user may see. */
	Set<Long> readableTasks(SignedInUser user, Collection<Long> taskIds);

	/** A project's name, when it exists in the current enterprise. */
	Optional<String> projectName(long projectId);

	/** Who manages the project (the author of the posts its events make), when it exists in the current enterprise. */
	Optional<Long> managerOf(long projectId);

	/** A task's title, when it exists in the current enterprise. */
	Optional<String> taskTitle(long taskId);
}
