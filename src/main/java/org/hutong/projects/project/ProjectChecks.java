package org.hutong.projects.project;

import java.time.LocalDate;
import java.util.Optional;

import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.projects.lifecycle.LifecycleTemplates;
import org.hutong.projects.project.ProjectTypes.TypeView;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a project form must hold beyond its annotations, field by field: an active type (a project
 * keeps a type retired since), an active manager and a department of the enterprise, an active
 * template, dates in sensible years with the end not before the start, links to live records.
 */
@Component
class ProjectChecks {

	private final ProjectTypes types;

	private final Colleagues colleagues;

	private final OrgChart org;

	private final ProjectLinks links;

	private final Numbering numbering;

	/** Where codes and templates come from, bundled to keep the constructor short. */
	@Component
	record Numbering(ProjectCodes codes, LifecycleTemplates templates) {
	}

	ProjectChecks(ProjectTypes types, Colleagues colleagues, OrgChart org, ProjectLinks links, Numbering numbering) {
		this.types = types;
		this.colleagues = colleagues;
		this.org = org;
		this.links = links;
		this.numbering = numbering;
	}

	/** Checks the form against the project it changes ({@code null}: a new one); answers its type when usable. */
	Optional<TypeView> check(ProjectForm form, Project project, Errors errors) {
		Optional<TypeView> type = types.find(form.typeId())
			.filter(t -> t.active() || project != null && project.getTypeId() == t.id());
		if (form.typeId() != null && type.isEmpty()) {
			errors.rejectValue("typeId", "project.type.unknown");
		}
		if (form.managerId() != null && !colleagues.isActive(form.managerId())) {
			errors.rejectValue("managerId", "project.manager.unknown");
		}
		if (form.departmentId() != null && org.units().stream().noneMatch(u -> u.id() == form.departmentId())) {
			errors.rejectValue("departmentId", "project.department.unknown");
		}
		year("plannedStart", form.plannedStart(), errors);
		year("plannedEnd", form.plannedEnd(), errors);
		if (form.plannedStart() != null && form.plannedEnd() != null && form.plannedEnd().isBefore(form.plannedStart())
				&& !errors.hasFieldErrors("plannedEnd")) {
			errors.rejectValue("plannedEnd", "project.end.beforeStart");
		}
		if (type.isPresent() && !type.get().funded() && form.fundedAmount() != null && !errors.hasFieldErrors("fundedAmount")) {
			errors.rejectValue("fundedAmount", "project.funding.notFunded");
		}
		links.check(form, errors);
		return type;
	}

	Optional<LifecycleTemplates.Choice> template(Long id, Errors errors) {
		Optional<LifecycleTemplates.Choice> template = id == null ? numbering.templates().standard()
				: numbering.templates().choice(id);
		if (template.isEmpty()) {
			errors.rejectValue("templateId", "project.template.unknown");
		}
		return template;
	}

	String nextCode() {
		return numbering.codes().next();
	}

	private static void year(String field, LocalDate day, Errors errors) {
		if (day != null && (day.getYear() < ProjectManagement.FIRST_YEAR || day.getYear() > ProjectManagement.LAST_YEAR)
				&& !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "project.date.range", new Object[] { String.valueOf(ProjectManagement.FIRST_YEAR),
					String.valueOf(ProjectManagement.LAST_YEAR) }, null);
		}
	}
}
