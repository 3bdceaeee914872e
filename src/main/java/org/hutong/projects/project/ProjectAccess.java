package org.hutong.projects.project;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleDepartments;
import org.hutong.web.RecordNotFound;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a project: its members, those it is shared with, and whoever's data scope covers its
 * department — all with {@link ProjectPermissions#READ}. Who changes it: its manager and the members
 * who lead it, a write share, or a holder of {@link ProjectPermissions#MANAGE} whose scope covers it.
 * A project the user may not see is "not found", so ids reveal nothing.
 */
@Component
class ProjectAccess {

	private final ProjectRepository projects;

	private final DataScopes scopes;

	ProjectAccess(ProjectRepository projects, DataScopes scopes) {
		this.projects = projects;
		this.scopes = scopes;
	}

	Project readable(SignedInUser user, long id) {
		Project project = projects.findById(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, project)) {
			throw new RecordNotFound();
		}
		return project;
	}

	/** The project locked for a change, after checking the user may change it. */
	Project writable(SignedInUser user, long id) {
		Project project = projects.lockById(id).orElseThrow(RecordNotFound::new);
		if (!mayRead(user, project)) {
			throw new RecordNotFound();
		}
		if (!mayWrite(user, project)) {
			throw new AccessDeniedException("project is read-only for this user");
		}
		return project;
	}

	boolean mayRead(SignedInUser user, Project project) {
		return user.can(ProjectPermissions.READ) && (project.member(user.userId()).isPresent()
				|| project.shareOf(user.userId()).isPresent() || departments(user).includes(project.getDepartmentId()));
	}

	boolean mayWrite(SignedInUser user, Project project) {
		return project.getManagerId() == user.userId()
				|| project.member(user.userId()).filter(m -> m.getRole().leads()).isPresent()
				|| project.shareOf(user.userId()).filter(s -> s.getAccess() == ShareAccess.WRITE).isPresent()
				|| user.can(ProjectPermissions.MANAGE) && departments(user).includes(project.getDepartmentId());
	}

	VisibleDepartments departments(SignedInUser user) {
		return scopes.departments(user);
	}

	/** The projects the user is a member of or that are shared with them. */
	static Specification<Project> mine(long userId) {
		return (root, query, cb) -> {
			Subquery<Long> member = query.subquery(Long.class);
			Root<ProjectMember> m = member.from(ProjectMember.class);
			member.select(m.get("id")).where(cb.equal(m.get("project"), root), cb.equal(m.get("userId"), userId));
			Subquery<Long> shared = query.subquery(Long.class);
			Root<ProjectShare> s = shared.from(ProjectShare.class);
			shared.select(s.get("id")).where(cb.equal(s.get("project"), root), cb.equal(s.get("userId"), userId));
			return cb.or(cb.exists(member), cb.exists(shared));
		};
	}

	/** Every project the user may see. */
	Specification<Project> visible(SignedInUser user) {
		VisibleDepartments departments = departments(user);
		return departments.all() ? Specification.unrestricted() : mine(user.userId()).or(departments.in("departmentId"));
	}
}
