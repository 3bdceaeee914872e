package org.hutong.projects.budget;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 预算: a project's budget lines per category and phase, and which category set it follows. Whoever
 * sees the project reads budget against actual; its manager and 负责人 keep the lines (an amount below
 * zero is refused on its field; a stale version is a conflict) (the set it follows
 * is chosen in {@link CategorySets}). A change of budget may cross a burn threshold, which {@link Thresholds} tells.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_READ)
public class Budgets {

	private final BudgetSheets sheets;

	private final BudgetLineRepository lines;

	private final BudgetAccess access;

	private final BudgetPages pages;

	private final Thresholds thresholds;

	private final Clock clock;

	Budgets(BudgetSheets sheets, BudgetLineRepository lines, BudgetAccess access, BudgetPages pages,
			Thresholds thresholds, Clock clock) {
		this.sheets = sheets;
		this.lines = lines;
		this.access = access;
		this.pages = pages;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	/** The project's budget against actual, its lines and latest costs. */
	@Transactional(readOnly = true)
	public BudgetPage of(SignedInUser reader, long projectId) {
		access.reads(reader, projectId);
		return pages.page(projectId, access.keeps(reader, projectId));
	}

	/**
	 * Adds a line ({@code lineId} null) or changes one; {@code expected} is the line's version the
	 * caller saw (null: not checked). Answers the line's id, or null when {@code errors} say why not.
	 */
	public Long save(SignedInUser actor, long projectId, Long lineId, LineForm form, Integer expected, Errors errors) {
		access.mayKeep(actor, projectId);
		BudgetLine line = null;
		if (lineId != null) {
			line = lines.lockById(lineId).filter(l -> l.getProjectId() == projectId).orElseThrow(RecordNotFound::new);
			if (expected != null && expected != line.getRowVersion()) {
				throw new ObjectOptimisticLockingFailureException(BudgetLine.class, lineId);
			}
		}
		check(projectId, line, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		if (line == null) {
			line = lines.save(new BudgetLine(projectId, form.categoryId(), form.phaseId(), form.amount(), form.note(),
					actor.userId(), clock.instant()));
		}
		else {
			line.change(form.amount(), form.note(), actor.userId(), clock.instant());
			lines.flush();
		}
		thresholds.check(projectId);
		return line.getId();
	}

	private void check(long projectId, BudgetLine line, LineForm form, Errors errors) {
		if (form.amount() == null) {
			errors.rejectValue("amount", "budget.amount.required");
		}
		else if (form.amount().signum() < 0) {
			errors.rejectValue("amount", "budget.amount.negative");
		}
		if (line != null) {
			if (form.categoryId() != null && form.categoryId() != line.getCategoryId()) {
				errors.rejectValue("categoryId", "budget.line.fixed");
			}
			return;
		}
		Map<Long, BudgetCategory> categories = sheets.setOf(projectId).getCategories().stream()
			.collect(Collectors.toMap(BudgetCategory::getId, Function.identity()));
		BudgetCategory category = form.categoryId() == null ? null : categories.get(form.categoryId());
		if (category == null || category.isRetired()) {
			errors.rejectValue("categoryId", "budget.category.unknown");
		}
		if (form.phaseId() != null && sheets.phases(projectId).stream().noneMatch(p -> p.id() == form.phaseId())) {
			errors.rejectValue("phaseId", "budget.phase.unknown");
		}
		if (!errors.hasErrors() && lines.findByProjectIdOrderByIdAsc(projectId).stream()
			.anyMatch(l -> l.getCategoryId() == form.categoryId() && java.util.Objects.equals(l.getPhaseId(), form.phaseId()))) {
			errors.rejectValue("categoryId", "budget.line.exists");
		}
	}
}
