package org.hutong.projects.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hutong.files.Upload;
import org.hutong.files.document.Documents;
import org.hutong.files.document.Subject;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A project's manual costs: entered by its manager or 负责人 with a document (kept by the shared
 * {@link Documents}, subject kind {@code cost}), listed newest first, deleted with a reason that
 * stays. Refusals name the field; a new cost may cross a burn threshold.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class Costs {

	static final String KIND = "cost";

	private static final Documents.Refusals REFUSALS = new Documents.Refusals("budget.file.none",
			"budget.file.tooLarge", "budget.file.forbidden", "budget.file.disguised");

	private final CostRepository costs;

	private final BudgetSheets sheets;

	private final BudgetAccess access;

	private final Documents documents;

	private final Thresholds thresholds;

	private final Clock clock;

	Costs(CostRepository costs, BudgetSheets sheets, BudgetAccess access, Documents documents, Thresholds thresholds,
			Clock clock) {
		this.costs = costs;
		this.sheets = sheets;
		this.access = access;
		this.documents = documents;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	/** The project's live costs newest first, after the cursor's (day, id) when given. */
	@Transactional(readOnly = true)
	public List<BudgetPage.CostView> page(SignedInUser reader, long projectId, LocalDate day, Long id, int size) {
		access.reads(reader, projectId);
		Map<Long, String> categories = new HashMap<>();
		sheets.setOf(projectId).getCategories().forEach(c -> categories.put(c.getId(), c.getName()));
		Map<Long, String> phases = new HashMap<>();
		sheets.phases(projectId).forEach(p -> phases.put(p.id(), p.name()));
		List<Cost> found = day == null || id == null ? costs.first(projectId, Limit.of(size))
				: costs.after(projectId, day, id, Limit.of(size));
		return found.stream()
			.map(c -> BudgetPages.view(c, categories, phases))
			.toList();
	}

	/** One live cost of the project. */
	@Transactional(readOnly = true)
	public BudgetPage.CostView one(SignedInUser reader, long projectId, long costId) {
		access.reads(reader, projectId);
		Cost cost = costs.findById(costId).filter(c -> c.getProjectId() == projectId && !c.deleted())
			.orElseThrow(RecordNotFound::new);
		Map<Long, String> categories = new HashMap<>();
		sheets.setOf(projectId).getCategories().forEach(c -> categories.put(c.getId(), c.getName()));
		Map<Long, String> phases = new HashMap<>();
		sheets.phases(projectId).forEach(p -> phases.put(p.id(), p.name()));
		return BudgetPages.view(cost, categories, phases);
	}

	/** Enters a manual cost; answers its id, or null when {@code errors} say why not (nothing kept then). */
	public Long add(SignedInUser actor, long projectId, CostForm form, Errors errors) {
		access.mayKeep(actor, projectId);
		check(projectId, form, errors);
		Upload upload = form.file() == null || form.file().isEmpty() ? null
				: documents.check(form.file(), "file", REFUSALS, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Cost cost = costs.save(new Cost(projectId, Cost.Source.MANUAL, "manual:" + UUID.randomUUID(), form.spentOn(),
				form.categoryId(), form.phaseId(), form.amount(), form.description(), actor.userId(), clock.instant()));
		if (upload != null) {
			cost.attach(documents.create(new Subject(KIND, cost.getId()), form.description(), upload, null, actor.userId()));
		}
		thresholds.check(projectId);
		return cost.getId();
	}

	private void check(long projectId, CostForm form, Errors errors) {
		if (form.spentOn() == null) {
			errors.rejectValue("spentOn", "budget.cost.day.required");
		}
		else if (form.spentOn().isAfter(LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)))) {
			errors.rejectValue("spentOn", "budget.cost.day.future");
		}
		if (form.amount() == null) {
			errors.rejectValue("amount", "budget.amount.required");
		}
		else if (form.amount().signum() <= 0) {
			errors.rejectValue("amount", "budget.cost.amount.positive");
		}
		if (form.description() == null) {
			errors.rejectValue("description", "budget.cost.description.required");
		}
		if (form.categoryId() == null || sheets.setOf(projectId).getCategories().stream()
			.noneMatch(c -> c.getId().equals(form.categoryId()) && !c.isRetired())) {
			errors.rejectValue("categoryId", "budget.category.unknown");
		}
		if (form.phaseId() != null && sheets.phases(projectId).stream().noneMatch(p -> p.id() == form.phaseId())) {
			errors.rejectValue("phaseId", "budget.phase.unknown");
		}
	}

	/** Deletes a manual cost, keeping the reason; false when {@code errors} say why not. */
	public boolean delete(SignedInUser actor, long projectId, long costId, String reason, Errors errors) {
		access.mayKeep(actor, projectId);
		Cost cost = costs.lockById(costId).filter(c -> c.getProjectId() == projectId && !c.deleted())
			.orElseThrow(RecordNotFound::new);
		String why = org.hutong.shared.Texts.clean(reason);
		if (why == null || why.length() > Cost.MAX_REASON) {
			errors.reject(why == null ? "budget.cost.reason.required" : "budget.tooLong");
			return false;
		}
		if (cost.getSource() != Cost.Source.MANUAL) {
			errors.reject("budget.cost.expense");
			return false;
		}
		cost.delete(actor.userId(), why, clock.instant());
		return true;
	}

	/** A manual cost's document. */
	@Transactional(readOnly = true)
	public Documents.Download document(SignedInUser reader, long projectId, long costId) {
		access.reads(reader, projectId);
		Cost cost = costs.findById(costId).filter(c -> c.getProjectId() == projectId && c.getDocumentId() != null)
			.orElseThrow(RecordNotFound::new);
		return documents.download(new Subject(KIND, costId), cost.getDocumentId(), 1).orElseThrow(RecordNotFound::new);
	}
}
