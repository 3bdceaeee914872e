package org.hutong.projects.deliverable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.files.Upload;
import org.hutong.files.document.DocumentView;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.DeliverableVersionAdded;
import org.hutong.projects.lifecycle.LifecycleSnapshots;
import org.hutong.projects.lifecycle.Phase;
import org.hutong.projects.project.ProjectParticipation;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 交付物: a project's deliverables per phase and their versions, kept by the shared {@link Documents}
 * (subject kind {@code deliverable}). Whoever sees the project reads them and downloads every version;
 * its contributors ({@link ProjectParticipation}) upload versions and add deliverables, 观察者 and read
 * shares only read. Files are checked by their bytes — a file whose content is not what its name says
 * is refused — and a locked deliverable's next version needs a reason. Refusals name the field.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class Deliverables {

	/** The documents' subject kind for deliverables. */
	static final String KIND = "deliverable";

	private static final Documents.Refusals REFUSALS = new Documents.Refusals("deliverable.file.none",
			"deliverable.file.tooLarge", "deliverable.file.forbidden", "deliverable.file.disguised");

	private final DeliverableRepository deliverables;

	private final Documents documents;

	private final ProjectParticipation participation;

	private final LifecycleSnapshots lifecycles;

	private final Colleagues colleagues;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deliverables(DeliverableRepository deliverables, Documents documents, ProjectParticipation participation,
			LifecycleSnapshots lifecycles, Colleagues colleagues, ApplicationEventPublisher events, Clock clock) {
		this.deliverables = deliverables;
		this.documents = documents;
		this.participation = participation;
		this.lifecycles = lifecycles;
		this.colleagues = colleagues;
		this.events = events;
		this.clock = clock;
	}

	/** The project's deliverables per phase. */
	@Transactional(readOnly = true)
	public DeliverablesView of(SignedInUser user, long projectId) {
		ProjectParticipation.Standing standing = participation.of(user, projectId);
		List<Phase> phases = lifecycles.phases(projectId);
		List<Deliverable> all = deliverables.findByProjectIdOrderByPhaseIdAscPositionAscIdAsc(projectId);
		Map<Long, DeliverableView> views = views(all, phases, standing.contributes());
		List<DeliverablesView.PhaseGroup> groups = new ArrayList<>();
		for (Phase phase : phases) {
			List<Deliverable> own = all.stream().filter(d -> d.getPhaseId() == phase.getId())
				.sorted(Comparator.comparing((Deliverable d) -> !d.required()).thenComparing(Deliverable::getPosition)
					.thenComparing(Deliverable::getId))
				.toList();
			int required = (int) own.stream().filter(Deliverable::required).count();
			int submitted = (int) own.stream().filter(d -> d.required() && d.submitted()).count();
			groups.add(new DeliverablesView.PhaseGroup(phase.getId(), phase.getPosition(), phase.getName(),
					phase.getStatus(), required, submitted, own.stream().map(d -> views.get(d.getId())).toList()));
		}
		return new DeliverablesView(projectId, standing.contributes(), groups);
	}

	/** One deliverable, if the user sees its project. */
	@Transactional(readOnly = true)
	public DeliverableView one(SignedInUser user, long deliverableId) {
		Deliverable deliverable = deliverables.findById(deliverableId).orElseThrow(RecordNotFound::new);
		ProjectParticipation.Standing standing = participation.of(user, deliverable.getProjectId());
		return views(List.of(deliverable), lifecycles.phases(deliverable.getProjectId()), standing.contributes())
			.get(deliverableId);
	}

	/** The deliverable's project, checked as {@link #one} does: for pages that name the deliverable by its project. */
	@Transactional(readOnly = true)
	public DeliverableView of(SignedInUser user, long projectId, long deliverableId) {
		DeliverableView view = one(user, deliverableId);
		if (view.projectId() != projectId) {
			throw new RecordNotFound();
		}
		return view;
	}

	/** Adds a deliverable to one of the project's phases; answers its id, or null when {@code errors} say why not. */
	public Long create(SignedInUser actor, long projectId, DeliverableForm form, Errors errors) {
		ProjectParticipation.Standing standing = participation.locked(actor, projectId);
		mayContribute(standing);
		if (form.name() == null) {
			errors.rejectValue("name", "deliverable.name.required");
		}
		boolean phaseOfProject = form.phaseId() != null
				&& lifecycles.phases(projectId).stream().anyMatch(p -> p.getId().equals(form.phaseId()));
		if (!phaseOfProject) {
			errors.rejectValue("phaseId", "deliverable.phase.unknown");
		}
		if (errors.hasErrors()) {
			return null;
		}
		int position = deliverables.findByProjectIdAndPhaseId(projectId, form.phaseId()).stream()
			.mapToInt(Deliverable::getPosition).max().orElse(0) + 1;
		return deliverables.save(Deliverable.free(projectId, form.phaseId(), position, form.name(), form.description(),
				actor.userId(), clock.instant())).getId();
	}

	/**
	 * The deliverable's next version, its row locked first; answers the version's number, or null when
	 * {@code errors} say why not (nothing is kept then). {@code expected} is the row version the caller
	 * saw ({@code If-Match}), or null; a stale one is a conflict.
	 */
	public Integer upload(SignedInUser actor, long deliverableId, VersionForm form, Long expected, Errors errors) {
		Deliverable deliverable = deliverables.lockById(deliverableId).orElseThrow(RecordNotFound::new);
		ProjectParticipation.Standing standing = participation.of(actor, deliverable.getProjectId());
		mayContribute(standing);
		if (expected != null && expected != deliverable.getRowVersion()) {
			throw new ObjectOptimisticLockingFailureException(Deliverable.class, deliverableId);
		}
		if (deliverable.locked() && form.reason() == null) {
			errors.rejectValue("reason", "deliverable.reason.required");
		}
		Upload upload = documents.check(form.file(), "file", REFUSALS, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Subject subject = new Subject(KIND, deliverableId);
		long documentId;
		int number;
		if (deliverable.getDocumentId() == null) {
			documentId = documents.create(subject, deliverable.getName(), upload, form.note(), actor.userId());
			number = 1;
		}
		else {
			documentId = deliverable.getDocumentId();
			number = documents.addVersion(subject, documentId, upload, form.note(), actor.userId());
		}
		Instant now = clock.instant();
		boolean change = deliverable.locked();
		deliverable.added(documentId, number, form.reason(), actor.userId(), now);
		events.publishEvent(new DeliverableVersionAdded(actor.tenantId(), deliverable.getProjectId(),
				deliverable.getPhaseId(), deliverableId, deliverable.getName(), number, change, actor.userId(), now));
		return number;
	}

	/** A version's file, if the user sees the deliverable's project. */
	@Transactional(readOnly = true)
	public Documents.Download download(SignedInUser user, long deliverableId, int number) {
		Deliverable deliverable = deliverables.findById(deliverableId).orElseThrow(RecordNotFound::new);
		participation.of(user, deliverable.getProjectId());
		if (deliverable.getDocumentId() == null) {
			throw new RecordNotFound();
		}
		return documents.download(new Subject(KIND, deliverableId), deliverable.getDocumentId(), number)
			.orElseThrow(RecordNotFound::new);
	}

	private static void mayContribute(ProjectParticipation.Standing standing) {
		if (!standing.contributes()) {
			throw new AccessDeniedException("the project's deliverables are read-only for this user");
		}
	}

	private Map<Long, DeliverableView> views(List<Deliverable> list, List<Phase> phases, boolean mayUpload) {
		Map<Long, String> phaseNames = phases.stream().collect(Collectors.toMap(Phase::getId, Phase::getName));
		Map<Long, List<DocumentView>> docs = documents.of(KIND, list.stream().map(Deliverable::getId).toList());
		Map<Long, String> names = colleagues.names(
				DocumentView.people(docs.values().stream().flatMap(List::stream).toList()));
		return list.stream().collect(Collectors.toMap(Deliverable::getId, d -> {
			Map<Integer, String> reasons = d.getChanges().stream()
				.collect(Collectors.toMap(DeliverableChange::getVersionNumber, DeliverableChange::getReason, (a, b) -> a));
			List<DeliverableView.Version> versions = docs.getOrDefault(d.getId(), List.of()).stream()
				.filter(doc -> d.getDocumentId() != null && doc.id() == d.getDocumentId())
				.flatMap(doc -> doc.versions().stream())
				.map(v -> new DeliverableView.Version(v.number(), v.fileName(), v.type().name(), v.type().contentType(),
						v.size(), v.inline(), v.note(), reasons.get(v.number()),
						d.getLockedVersion() != null && d.getLockedVersion() == v.number(), v.uploadedBy(),
						names.get(v.uploadedBy()), v.uploadedAt()))
				.toList();
			DeliverableStatus status = d.locked() ? DeliverableStatus.LOCKED
					: d.submitted() ? DeliverableStatus.SUBMITTED : DeliverableStatus.PENDING;
			return new DeliverableView(d.getId(), d.getProjectId(), d.getPhaseId(), phaseNames.get(d.getPhaseId()),
					d.getName(), d.getDescription(), d.required(), status, d.getLockedVersion(), mayUpload, versions,
					d.getRowVersion());
		}, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
