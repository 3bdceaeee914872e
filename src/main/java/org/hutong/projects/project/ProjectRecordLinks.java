package org.hutong.projects.project;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.RecordLinks;
import org.hutong.shared.Texts;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as another module's forms point at them: the 报销's 关联项目, so an approved expense counts
 * as the project's actual cost. Offered for typing are the running projects (进行中, 暂停) the signed-in
 * user may see, by name or code, newest first; an ended project stays readable where it was linked.
 */
@Component
@Transactional(readOnly = true)
class ProjectRecordLinks implements RecordLinks {

	static final String KIND = "project";

	private static final int MAX_TYPED = 40;

	private final ProjectRepository projects;

	private final ProjectAccess access;

	ProjectRecordLinks(ProjectRepository projects, ProjectAccess access) {
		this.projects = projects;
		this.access = access;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<RecordLink> matching(String typed, int limit) {
		SignedInUser user = signedIn();
		if (user == null || !user.can(ProjectPermissions.READ)) {
			return List.of();
		}
		Specification<Project> running = (root, query, cb) -> root.get("status")
			.in(ProjectStatus.ACTIVE, ProjectStatus.PAUSED);
		Specification<Project> found = access.visible(user).and(running).and(named(typed));
		return projects.findBy(found, query -> query.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(Math.max(1, limit)).all())
			.stream()
			.map(p -> link(p, true))
			.toList();
	}

	@Override
	public Map<Long, RecordLink> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		SignedInUser user = signedIn();
		Map<Long, RecordLink> found = new LinkedHashMap<>();
		for (Project project : projects.findAllById(Set.copyOf(ids))) {
			found.put(project.getId(), link(project, user != null && access.mayRead(user, project)));
		}
		return found;
	}

	/** The name or the code holds the typed text; everything when nothing is typed. */
	private static Specification<Project> named(String typed) {
		String text = Texts.clean(typed);
		if (text == null) {
			return Specification.unrestricted();
		}
		String pattern = "%" + escaped(text.length() > MAX_TYPED ? text.substring(0, MAX_TYPED) : text)
			.toLowerCase(Locale.ROOT) + "%";
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
				cb.like(cb.lower(root.get("code")), pattern, '\\'));
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static RecordLink link(Project project, boolean readable) {
		return new RecordLink(project.getId(), project.getName(), project.getCode(), "/projects/" + project.getId(),
				readable);
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
