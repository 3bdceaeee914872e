package org.hutong.projects.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.PhaseBar;
import org.hutong.projects.project.ProjectLinks.Link;
import org.hutong.web.EnterpriseZone;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One project as its page and the API show it: the header, the phase bar, members, shares, links, funding. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProjectPermissions.MAY_READ)
public class ProjectDetails {

	private final ProjectAccess access;

	private final ProjectSearch search;

	private final LifecycleSnapshots lifecycles;

	private final Colleagues colleagues;

	private final Directories directories;

	private final Clock clock;

	/** What names the project's people, department and links, bundled to keep the constructor short. */
	@org.springframework.stereotype.Component
	record Directories(OrgChart org, ProjectLinks links, ProjectTypes types) {
	}

	ProjectDetails(ProjectAccess access, ProjectSearch search, LifecycleSnapshots lifecycles, Colleagues colleagues,
			Directories directories, Clock clock) {
		this.access = access;
		this.search = search;
		this.lifecycles = lifecycles;
		this.colleagues = colleagues;
		this.directories = directories;
		this.clock = clock;
	}

	/** A member as the page lists them. */
	public record MemberView(long userId, String name, ProjectRole role) {
	}

	/** A user the project is shared with. */
	public record ShareView(long userId, String name, ShareAccess access) {
	}

	/** The funding of a funded type's project (科研课题). */
	public record Funding(String source, String grantNumber, BigDecimal amount) {
	}

	public record ProjectView(ProjectRow row, Long departmentId, String departmentName, String description,
			boolean funded, Funding funding, Link customer, Link opportunity, Link contract, List<MemberView> members,
			List<ShareView> shares, PhaseBar phases, boolean mayWrite, long version) {
	}

	public ProjectView one(SignedInUser user, long id) {
		Project project = access.readable(user, id);
		Set<Long> people = new HashSet<>();
		project.getMembers().forEach(m -> people.add(m.getUserId()));
		project.getShares().forEach(s -> people.add(s.getUserId()));
		Map<Long, String> names = colleagues.names(people);
		List<MemberView> members = project.getMembers().stream()
			.map(m -> new MemberView(m.getUserId(), names.get(m.getUserId()), m.getRole()))
			.sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::userId))
			.toList();
		List<ShareView> shares = project.getShares().stream()
			.map(s -> new ShareView(s.getUserId(), names.get(s.getUserId()), s.getAccess()))
			.toList();
		boolean funded = directories.types().find(project.getTypeId()).map(ProjectTypes.TypeView::funded).orElse(false);
		ProjectLinks links = directories.links();
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		return new ProjectView(search.row(project), project.getDepartmentId(), department(project.getDepartmentId()),
				project.getDescription(), funded,
				funded ? new Funding(project.getFundingSource(), project.getGrantNumber(), project.getFundedAmount()) : null,
				links.customer(user, project.getCustomerId()), links.sales(user, ProjectLinks.OPPORTUNITY,
						project.getOpportunityId()), links.sales(user, ProjectLinks.CONTRACT, project.getContractId()),
				members, shares, lifecycles.bar(id, today), access.mayWrite(user, project), project.getVersion());
	}

	/** The project as its edit form starts. */
	public ProjectForm formOf(SignedInUser user, long id) {
		Project p = access.readable(user, id);
		return new ProjectForm(p.getName(), p.getTypeId(), p.getManagerId(), p.getDepartmentId(), p.getPriority(),
				p.getPlannedStart(), p.getPlannedEnd(), p.getTemplateId(), p.getCustomerId(), p.getOpportunityId(),
				p.getContractId(), p.getDescription(), p.getStatus(), p.getFundingSource(), p.getGrantNumber(),
				p.getFundedAmount(), p.getVersion());
	}

	private String department(Long id) {
		return id == null ? null
				: directories.org().units().stream().filter(u -> u.id() == id).map(OrgChart.Unit::name).findFirst()
					.orElse(null);
	}
}
