package org.hutong.projects.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.projects.lifecycle.LifecycleTemplates;
import org.hutong.projects.lifecycle.TemplateView;
import org.hutong.projects.project.ProjectTypes.TypeView;
import org.springframework.stereotype.Component;

/** What the portfolio's filters and the project form offer to pick. */
@Component
public class ProjectChoices {

	private final ProjectTypes types;

	private final LifecycleTemplates templates;

	private final Colleagues colleagues;

	private final OrgChart org;

	ProjectChoices(ProjectTypes types, LifecycleTemplates templates, Colleagues colleagues, OrgChart org) {
		this.types = types;
		this.templates = templates;
		this.colleagues = colleagues;
		this.org = org;
	}

	/** The portfolio's filters: phases by name (templates share them), types, statuses. */
	public record Filters(List<String> phases, List<TypeView> types, List<ProjectStatus> statuses) {
	}

	/** The form's lists. */
	public record FormChoices(List<TypeView> types, List<Colleagues.Colleague> people, List<OrgChart.Unit> departments,
			List<LifecycleTemplates.Choice> templates) {
	}

	Filters filters() {
		Set<String> phases = new LinkedHashSet<>();
		templates.all().forEach(t -> t.phases().stream().map(TemplateView.PhaseView::name).forEach(phases::add));
		return new Filters(List.copyOf(phases), types.all(), List.of(ProjectStatus.values()));
	}

	FormChoices form() {
		return new FormChoices(types.all(), colleagues.active(), org.units(), templates.choices());
	}

	List<Colleagues.Colleague> people() {
		return colleagues.active();
	}
}
