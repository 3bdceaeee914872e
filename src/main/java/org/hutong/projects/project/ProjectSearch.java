package org.hutong.projects.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleDepartments;
import org.hutong.projects.project.ProjectTypes.TypeView;
import org.hutong.shared.CappedCount;
import org.hutong.web.EnterpriseZone;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the portfolio newest first, a page at a time before a cursor, over what the reader may see:
 * 我的 (member or shared), 部门 (departments the data scope covers) or all of it. Type and manager names
 * are read once per page, never per row.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class ProjectSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	public static final int COUNT_CAP = 999;

	private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "id");

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final ProjectTypes types;

	private final Colleagues colleagues;

	private final CappedCount<Project> counts;

	private final Clock clock;

	ProjectSearch(ProjectRepository projects, ProjectAccess access, ProjectTypes types, Colleagues colleagues,
			EntityManager entities, Clock clock) {
		this.projects = projects;
		this.access = access;
		this.types = types;
		this.colleagues = colleagues;
		this.counts = new CappedCount<>(entities, Project.class);
		this.clock = clock;
	}

	public ProjectPage page(SignedInUser user, ProjectFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Project> listed = scoped(user, filter.scope()).and(matching(filter));
		Specification<Project> after = filter.before() == null ? Specification.unrestricted()
				: (root, query, cb) -> cb.lessThan(root.get("id"), filter.before());
		List<Project> found = projects.findBy(listed.and(after), query -> query.sortBy(NEWEST).limit(size + 1).all());
		List<Project> shown = found.subList(0, Math.min(found.size(), size));
		Long total = filter.first() ? counts.upTo(listed, COUNT_CAP) : null;
		ProjectFilter next = found.size() > size ? filter.before(shown.get(shown.size() - 1).getId()) : null;
		return new ProjectPage(rows(shown), total, next);
	}

	/** A customer's projects the reader may see (the customer page's 项目 tab), newest first. */
	public List<ProjectRow> ofCustomer(SignedInUser user, long customerId) {
		return page(user, ProjectFilter.ofCustomer(customerId), MAX_LIMIT).rows();
	}

	/** Those of the projects the reader may see, as the portfolio shows them, by id (one query for them all). */
	public List<ProjectRow> among(SignedInUser user, java.util.Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		Specification<Project> listed = access.visible(user).and((root, query, cb) -> root.get("id").in(projectIds));
		return rows(projects.findBy(listed, query -> query.sortBy(Sort.by("id")).all()));
	}

	/** Whether the reader's data scope covers any department: the portfolio then offers 部门项目. */
	public boolean seesDepartments(SignedInUser user) {
		return access.departments(user).any();
	}

	ProjectRow row(Project project) {
		return rows(List.of(project)).get(0);
	}

	private Specification<Project> scoped(SignedInUser user, ProjectScope scope) {
		return switch (scope) {
			case MINE -> ProjectAccess.mine(user.userId());
			case DEPARTMENT -> {
				VisibleDepartments departments = access.departments(user);
				yield departments.all() ? Specification.unrestricted() : departments.in("departmentId");
			}
			case ALL -> access.visible(user);
		};
	}

	private static Specification<Project> matching(ProjectFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (filter.phase() != null) {
				all.add(cb.equal(root.get("currentPhase"), filter.phase()));
			}
			if (filter.type() != null) {
				all.add(cb.equal(root.get("typeId"), filter.type()));
			}
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.health() != null) {
				all.add(cb.equal(root.get("health"), filter.health()));
				all.add(root.get("status").in(ProjectStatus.ACTIVE, ProjectStatus.PAUSED));
			}
			if (filter.customer() != null) {
				all.add(cb.equal(root.get("customerId"), filter.customer()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private List<ProjectRow> rows(List<Project> shown) {
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, TypeView> typeNames = types.byId();
		Set<Long> managerIds = shown.stream().map(Project::getManagerId).collect(Collectors.toSet());
		Map<Long, String> managers = colleagues.names(managerIds);
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		return shown.stream().map(p -> {
			TypeView type = typeNames.get(p.getTypeId());
			return new ProjectRow(p.getId(), p.getCode(), p.getName(), p.getTypeId(), type == null ? null : type.name(),
					p.getCurrentPhase(), p.getStatus(), p.getPriority(), p.getManagerId(), managers.get(p.getManagerId()),
					p.getCurrentPhaseEnd(), daysLate(p, today), p.getPlannedStart(), p.getPlannedEnd(), p.getCustomerId(),
					p.getStatus().ended() ? null : p.getHealth(), p.getStatus().ended() ? List.of() : p.getHealthReasons(),
					p.getBudgetBurn(), p.getVersion());
		}).toList();
	}

	/** How many days the next gate is past its planned date, for a project still under way. */
	static long daysLate(Project project, LocalDate today) {
		LocalDate gate = project.getCurrentPhaseEnd();
		return gate == null || project.getStatus().ended() ? 0 : Math.max(0, ChronoUnit.DAYS.between(gate, today));
	}
}
