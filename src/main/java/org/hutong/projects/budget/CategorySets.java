package org.hutong.projects.budget;

import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The enterprise's budget category sets: the default one (材料费 · 测试化验费 · 外协费 · 差旅费 · 人工 ·
 * 设备费 · 其他) and a funder's (设备费 · 业务费 · 劳务费 · 间接费用), seeded for each enterprise, and
 * which one a project follows — chosen by its manager or 负责人 while it has no lines or costs.
 */
@Service
@Transactional
public class CategorySets {

	private final BudgetSetRepository sets;

	private final BudgetChoiceRepository choices;

	private final BudgetLineRepository lines;

	private final CostRepository costs;

	private final BudgetAccess access;

	CategorySets(BudgetSetRepository sets, BudgetChoiceRepository choices, BudgetLineRepository lines,
			CostRepository costs, BudgetAccess access) {
		this.sets = sets;
		this.choices = choices;
		this.lines = lines;
		this.costs = costs;
		this.access = access;
	}

	/** The enterprise's category sets with their categories, the default first. */
	@Transactional(readOnly = true)
	@PreAuthorize(ProjectPermissions.MAY_READ)
	public List<CategorySetView> all() {
		return sets.findAllByOrderByPositionAscIdAsc().stream()
			.map(s -> new CategorySetView(s.getId(), s.getName(), s.isDefault(), s.getCategories().stream()
				.map(c -> new CategorySetView.CategoryView(c.getId(), c.getName(), c.isLabour(), c.isRetired()))
				.toList()))
			.toList();
	}

	/** The project follows another set; false when {@code errors} say why not. */
	@PreAuthorize(ProjectPermissions.MAY_READ)
	public boolean follow(SignedInUser actor, long projectId, Long setId, Errors errors) {
		access.mayKeep(actor, projectId);
		if (setId == null || sets.findById(setId).isEmpty()) {
			errors.reject("budget.set.unknown");
			return false;
		}
		if (lines.existsByProjectId(projectId) || !costs.findByProjectIdAndDeletedAtIsNull(projectId).isEmpty()) {
			errors.reject("budget.set.inUse");
			return false;
		}
		choices.findByProjectId(projectId).ifPresentOrElse(c -> c.follow(setId),
				() -> choices.save(new BudgetChoice(projectId, setId)));
		return true;
	}

	/** A new enterprise's sets. */
	void seedDefaults() {
		if (!sets.findAll().isEmpty()) {
			return;
		}
		BudgetSet standard = new BudgetSet("默认科目", true, 1);
		for (String name : List.of("材料费", "测试化验费", "外协费", "差旅费", "人工", "设备费", "其他")) {
			standard.add(name, name.equals("人工"));
		}
		BudgetSet funder = new BudgetSet("纵向科研经费", false, 2);
		for (String name : List.of("设备费", "业务费", "劳务费", "间接费用")) {
			funder.add(name, name.equals("劳务费"));
		}
		sets.saveAll(List.of(standard, funder));
	}
}
