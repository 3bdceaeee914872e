package org.hutong.feed.subject;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.hutong.feed.SubjectType;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.ProjectRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Posts and comments on a 项目 and on its 任务: readable by whoever may see the project, as the projects
 * module decides through {@link ProjectRecords} — a page of posts asks once.
 */
@Configuration(proxyBeanMethods = false)
class ProjectSubjects {

	@Bean
	SubjectType projectSubject(ProjectRecords projects) {
		return new Subject("project", projects::readableProjects, projects::projectName, id -> "/projects/" + id);
	}

	@Bean
	SubjectType taskSubject(ProjectRecords projects) {
		return new Subject("task", projects::readableTasks, projects::taskTitle, id -> "/projects/tasks/" + id);
	}

	interface Readable {

		Set<Long> of(SignedInUser user, Collection<Long> ids);
	}

	private record Subject(String type, Readable readable, java.util.function.LongFunction<Optional<String>> labels,
			java.util.function.LongFunction<String> hrefs) implements SubjectType {

		@Override
		public boolean canRead(SignedInUser user, long id) {
			return readable.of(user, Set.of(id)).contains(id);
		}

		@Override
		public Set<Long> readable(SignedInUser user, Collection<Long> ids) {
			return readable.of(user, ids);
		}

		@Override
		public Optional<String> label(long id) {
			return labels.apply(id);
		}

		@Override
		public String href(long id) {
			return hrefs.apply(id);
		}
	}
}
