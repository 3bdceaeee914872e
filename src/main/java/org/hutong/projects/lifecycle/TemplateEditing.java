package org.hutong.projects.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.hutong.files.Upload;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.hutong.identity.Colleagues;
import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Editing the enterprise's lifecycle templates (the projects settings permission): a new one, empty
 * or copied; the whole template replaced (the API), or one step at a time (the editor's pages). Every
 * change names the version it was made on; a stale one is a conflict. Running projects do not move
 * ({@link TemplateRollouts} applies a template to them on request).
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
public class TemplateEditing {

	/** The documents' subject kind for template files. */
	static final String FILE_KIND = "template-deliverable";

	private static final Documents.Refusals REFUSALS = new Documents.Refusals("deliverable.file.none",
			"deliverable.file.tooLarge", "deliverable.file.forbidden", "deliverable.file.disguised");

	private final LifecycleTemplateRepository templates;

	private final Roles roles;

	private final Colleagues colleagues;

	private final Documents documents;

	private final Clock clock;

	TemplateEditing(LifecycleTemplateRepository templates, Roles roles, Colleagues colleagues, Documents documents,
			Clock clock) {
		this.templates = templates;
		this.roles = roles;
		this.colleagues = colleagues;
		this.documents = documents;
		this.clock = clock;
	}

	/** A new template from the page; answers its id, or null with the refusals in {@code errors}. */
	public Long create(TemplateEdits.NewTemplate form, Errors errors) {
		TemplateRules.reject(errors, "name", form.name(), TemplateRules.name(form.name()));
		TemplateRules.reject(errors, "description", form.description(), TemplateRules.description(form.description()));
		LifecycleTemplate source = form.copyFrom() == null ? null
				: templates.findById(form.copyFrom()).orElseThrow(RecordNotFound::new);
		if (source == null) {
			TemplateRules.reject(errors, "firstPhase", form.firstPhase(), TemplateRules.phaseName(form.firstPhase(), List.of()));
		}
		if (errors.hasErrors()) {
			return null;
		}
		LifecycleTemplate template = source == null ? fresh(form.name().strip()) : source.copy(code(), form.name().strip(),
				nextPosition(), clock.instant());
		if (source == null) {
			template.addPhase(form.firstPhase().strip(), 100, null);
		}
		TemplateForm named = TemplateForm.of(template).withName(form.name(), form.description());
		template.revise(named, clock.instant());
		return templates.save(template).getId();
	}

	/** A new template as the API gives it whole; answers its id, or null with the refusals. */
	public Long create(TemplateForm form, Errors errors) {
		TemplateRules.check(form, roleIds(), people(form), errors);
		if (errors.hasErrors()) {
			return null;
		}
		LifecycleTemplate template = fresh(form.name().strip());
		template.revise(form, clock.instant());
		return templates.save(template).getId();
	}

	/** The template replaced by the form, on the version it names (null: whatever is current). */
	public boolean replace(long id, TemplateForm form, Errors errors) {
		LifecycleTemplate template = locked(id, form.version());
		TemplateRules.check(form, roleIds(), people(form), errors);
		if (errors.hasErrors()) {
			return false;
		}
		template.revise(form, clock.instant());
		templates.flush();
		return true;
	}

	public boolean rename(long id, TemplateEdits.Naming form, Errors errors) {
		TemplateRules.reject(errors, "name", form.name(), TemplateRules.name(form.name()));
		TemplateRules.reject(errors, "description", form.description(), TemplateRules.description(form.description()));
		return !errors.hasErrors() && edit(id, form.version(), errors, t -> t.withName(form.name(), form.description()));
	}

	public boolean addPhase(long id, TemplateEdits.PhaseEdit form, Errors errors) {
		return edit(id, form.version(), errors, t -> {
			phaseRules(t, null, form, errors);
			List<TemplateForm.PhaseForm> phases = new ArrayList<>(t.phases());
			phases.add(new TemplateForm.PhaseForm(null, form.name(), form.durationShare(), form.gatekeeperRoleId(), List.of(),
					List.of(), List.of()));
			return t.withPhases(phases);
		});
	}

	public boolean changePhase(long id, long phaseId, TemplateEdits.PhaseEdit form, Errors errors) {
		return edit(id, form.version(), errors, t -> {
			phaseRules(t, phaseId, form, errors);
			return phase(t, phaseId, p -> new TemplateForm.PhaseForm(p.id(), form.name(), form.durationShare(),
					form.gatekeeperRoleId(), p.deliverables(), p.gatekeeperIds(), p.criteria()));
		});
	}

	/** The phase one place earlier ({@code by} −1) or later (+1). */
	public void movePhase(long id, long phaseId, int by, Long version) {
		edit(id, version, null, t -> {
			List<TemplateForm.PhaseForm> phases = new ArrayList<>(t.phases());
			int at = index(phases, phaseId);
			int to = at + Integer.signum(by);
			if (to >= 0 && to < phases.size()) {
				phases.add(to, phases.remove(at));
			}
			return t.withPhases(phases);
		});
	}

	/** The phase goes; the last one stays (a template has phases), refused in {@code errors}. */
	public boolean removePhase(long id, long phaseId, Long version, Errors errors) {
		return edit(id, version, errors, t -> {
			List<TemplateForm.PhaseForm> phases = new ArrayList<>(t.phases());
			phases.remove(index(phases, phaseId));
			if (phases.isEmpty()) {
				errors.reject("lifecycle.edit.phases.none");
			}
			return t.withPhases(phases);
		});
	}

	/** A required deliverable added to the phase, with its template file when one is given. */
	public boolean addDeliverable(SignedInUser me, long id, long phaseId, TemplateEdits.DeliverableAdd form,
			Errors errors) {
		boolean withFile = form.file() != null && !form.file().isEmpty();
		Upload upload = withFile ? documents.check(form.file(), "file", REFUSALS, errors) : null;
		boolean done = edit(id, form.version(), errors, t -> {
			TemplateForm.PhaseForm phase = t.phases().get(index(t.phases(), phaseId));
			TemplateRules.reject(errors, "name", form.name(), TemplateRules.deliverable(form.name(),
					phase.deliverables().stream().map(TemplateForm.DeliverableForm::name).toList()));
			return phase(t, phaseId, p -> {
				List<TemplateForm.DeliverableForm> list = new ArrayList<>(p.deliverables());
				list.add(new TemplateForm.DeliverableForm(null, form.name()));
				return new TemplateForm.PhaseForm(p.id(), p.name(), p.durationShare(), p.gatekeeperRoleId(), list,
						p.gatekeeperIds(), p.criteria());
			});
		});
		if (done && upload != null) {
			List<TemplateDeliverable> list = phaseOf(templates.findById(id).orElseThrow(), phaseId).getDeliverables();
			TemplateDeliverable added = list.get(list.size() - 1);
			added.attach(documents.create(new Subject(FILE_KIND, added.getId()), added.getName(), upload, null, me.userId()));
		}
		return done;
	}

	public void removeDeliverable(long id, long phaseId, long deliverableId, Long version) {
		edit(id, version, null, t -> phase(t, phaseId, p -> new TemplateForm.PhaseForm(p.id(), p.name(), p.durationShare(),
				p.gatekeeperRoleId(), p.deliverables().stream().filter(d -> d.id() != deliverableId).toList(),
				p.gatekeeperIds(), p.criteria())));
	}

	public boolean addGatekeeper(long id, long phaseId, TemplateEdits.GatekeeperAdd form, Errors errors) {
		if (form.userId() == null || !colleagues.isActive(form.userId())) {
			errors.rejectValue("userId", "lifecycle.edit.gatekeeper.unknown");
			return false;
		}
		return edit(id, form.version(), errors, t -> phase(t, phaseId, p -> {
			Set<Long> people = new java.util.LinkedHashSet<>(p.gatekeeperIds());
			people.add(form.userId());
			return new TemplateForm.PhaseForm(p.id(), p.name(), p.durationShare(), p.gatekeeperRoleId(), p.deliverables(),
					List.copyOf(people), p.criteria());
		}));
	}

	public void removeGatekeeper(long id, long phaseId, long userId, Long version) {
		edit(id, version, null, t -> phase(t, phaseId, p -> new TemplateForm.PhaseForm(p.id(), p.name(), p.durationShare(),
				p.gatekeeperRoleId(), p.deliverables(), p.gatekeeperIds().stream().filter(u -> u != userId).toList(),
				p.criteria())));
	}

	public boolean addCriterion(long id, long phaseId, TemplateEdits.CriterionAdd form, Errors errors) {
		TemplateRules.reject(errors, "kind", form.kind(), TemplateRules.kind(form.kind()));
		TemplateRules.reject(errors, "label", form.label(), TemplateRules.label(form.label()));
		TemplateRules.reject(errors, "weight", form.weight(), TemplateRules.weight(form.kind(), form.weight()));
		if (errors.hasErrors()) {
			return false;
		}
		Integer weight = form.kind() == CriterionKind.SHOULD ? form.weight() : null;
		return edit(id, form.version(), errors, t -> phase(t, phaseId, p -> {
			List<TemplateForm.CriterionForm> list = new ArrayList<>(p.criteria());
			list.add(new TemplateForm.CriterionForm(form.kind(), form.label(), weight));
			return new TemplateForm.PhaseForm(p.id(), p.name(), p.durationShare(), p.gatekeeperRoleId(), p.deliverables(),
					p.gatekeeperIds(), list);
		}));
	}

	/** The criterion at that position (1-based, as the phase lists them) goes. */
	public void removeCriterion(long id, long phaseId, int position, Long version) {
		edit(id, version, null, t -> phase(t, phaseId, p -> {
			List<TemplateForm.CriterionForm> list = new ArrayList<>(p.criteria());
			if (position >= 1 && position <= list.size()) {
				list.remove(position - 1);
			}
			return new TemplateForm.PhaseForm(p.id(), p.name(), p.durationShare(), p.gatekeeperRoleId(), p.deliverables(),
					p.gatekeeperIds(), list);
		}));
	}

	/** A template file, for whoever may read projects. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProjectPermissions.MAY_READ)
	public Documents.Download file(long id, long deliverableId) {
		TemplateDeliverable deliverable = templates.findById(id).orElseThrow(RecordNotFound::new).getPhases().stream()
			.flatMap(p -> p.getDeliverables().stream()).filter(d -> d.getId() == deliverableId && d.getDocumentId() != null)
			.findFirst().orElseThrow(RecordNotFound::new);
		Subject subject = new Subject(FILE_KIND, deliverableId);
		return documents.one(subject, deliverable.getDocumentId())
			.flatMap(doc -> documents.download(subject, doc.id(), doc.current().number()))
			.orElseThrow(RecordNotFound::new);
	}

	/**
	 * One step of the editor: the template locked on the version the editor saw, changed as a form,
	 * checked whole and written. A refusal of the step (in {@code errors}) writes nothing.
	 */
	private boolean edit(long id, Long version, Errors errors, UnaryOperator<TemplateForm> change) {
		LifecycleTemplate template = locked(id, version);
		Errors sink = errors == null ? new BeanPropertyBindingResult(template, "template") : errors;
		TemplateForm next = change.apply(TemplateForm.of(template));
		if (sink.hasErrors()) {
			return false;
		}
		Errors whole = new BeanPropertyBindingResult(next, "template");
		TemplateRules.check(next, roleIds(), people(next), whole);
		if (whole.hasErrors()) {
			whole.getAllErrors().forEach(e -> sink.reject(e.getCode()));
			return false;
		}
		template.revise(next, clock.instant());
		templates.flush();
		return true;
	}

	private LifecycleTemplate locked(long id, Long version) {
		LifecycleTemplate template = templates.lockById(id).orElseThrow(RecordNotFound::new);
		if (version != null && version != template.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(LifecycleTemplate.class, id);
		}
		return template;
	}

	private static void phaseRules(TemplateForm t, Long phaseId, TemplateEdits.PhaseEdit form, Errors errors) {
		List<String> others = t.phases().stream().filter(p -> phaseId == null || !phaseId.equals(p.id()))
			.map(TemplateForm.PhaseForm::name).toList();
		TemplateRules.reject(errors, "name", form.name(), TemplateRules.phaseName(form.name(), others));
		TemplateRules.reject(errors, "durationShare", form.durationShare(), TemplateRules.share(form.durationShare()));
	}

	private static TemplateForm phase(TemplateForm t, long phaseId, UnaryOperator<TemplateForm.PhaseForm> change) {
		List<TemplateForm.PhaseForm> phases = new ArrayList<>(t.phases());
		int at = index(phases, phaseId);
		phases.set(at, change.apply(phases.get(at)));
		return t.withPhases(phases);
	}

	private static int index(List<TemplateForm.PhaseForm> phases, long phaseId) {
		for (int i = 0; i < phases.size(); i++) {
			if (phases.get(i).id() != null && phases.get(i).id() == phaseId) {
				return i;
			}
		}
		throw new RecordNotFound();
	}

	private static TemplatePhase phaseOf(LifecycleTemplate template, long phaseId) {
		return template.getPhases().stream().filter(p -> p.getId() == phaseId).findFirst().orElseThrow(RecordNotFound::new);
	}

	private LifecycleTemplate fresh(String name) {
		return new LifecycleTemplate(code(), name, null, nextPosition(), clock.instant());
	}

	/** Templates made here get a generated code: the code is only the seeded ones' handle. */
	private static String code() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

	private int nextPosition() {
		return templates.findAllByOrderByPositionAscIdAsc().stream().mapToInt(LifecycleTemplate::getPosition).max().orElse(0)
				+ 1;
	}

	private Set<Long> roleIds() {
		return roles.all().stream().map(SignedInUser.RoleRef::id).collect(Collectors.toSet());
	}

	/** Of the people the form names, those who are the enterprise's. */
	private Set<Long> people(TemplateForm form) {
		Set<Long> named = new HashSet<>();
		form.phasesOrEmpty().stream().filter(java.util.Objects::nonNull)
			.forEach(p -> p.gatekeeperIdsOrEmpty().stream().filter(java.util.Objects::nonNull).forEach(named::add));
		return colleagues.names(named).keySet();
	}
}
