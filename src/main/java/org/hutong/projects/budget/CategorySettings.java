package org.hutong.projects.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.projects.project.ProjectPermissions;
import org.hutong.projects.project.ProjectTypes;
import org.hutong.shared.Texts;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 预算科目设置, for whoever keeps the project settings: the enterprise's category sets — add one (a
 * funder's), add a category to a set, rename, reorder, archive or restore one, delete one that no
 * budget line or cost names — and which set each 项目类型's projects follow. A name is required and
 * once in its set (sets once in the enterprise); refusals go on {@code name}. Each edit names the
 * set's version it was made on, and a stale one is a conflict. The labour category (time × rate)
 * stays: it is renamed and moved, never archived or deleted. A type moving to another set leaves its
 * projects that already have lines or costs on the set they had.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_SETTLE)
public class CategorySettings {

	static final int MAX_SET_NAME = 40;

	static final int MAX_CATEGORY_NAME = 30;

	private static final String DEFAULT_LABOUR = "人工";

	private final BudgetSetRepository sets;

	private final BudgetTypeSetRepository typeSets;

	private final BudgetChoiceRepository choices;

	private final ProjectTypes types;

	private final ProjectFacts facts;

	CategorySettings(BudgetSetRepository sets, BudgetTypeSetRepository typeSets, BudgetChoiceRepository choices,
			ProjectTypes types, ProjectFacts facts) {
		this.sets = sets;
		this.typeSets = typeSets;
		this.choices = choices;
		this.types = types;
		this.facts = facts;
	}

	@Transactional(readOnly = true)
	public CategorySettingsView view() {
		List<BudgetSet> all = sets.findAllByOrderByPositionAscIdAsc();
		long standard = all.stream().filter(BudgetSet::isDefault).map(BudgetSet::getId).findFirst().orElse(0L);
		Map<Long, Long> followed = typeSets.findAll().stream()
			.collect(Collectors.toMap(BudgetTypeSet::getTypeId, BudgetTypeSet::getSetId));
		List<CategorySettingsView.TypeRow> typeRows = types.all().stream()
			.map(t -> new CategorySettingsView.TypeRow(t.id(), t.name(), t.funded(), t.active(),
					followed.getOrDefault(t.id(), standard)))
			.toList();
		Set<Long> inUse = new HashSet<>(sets.inUse());
		List<CategorySettingsView.SetRow> rows = new ArrayList<>();
		for (BudgetSet set : all) {
			List<BudgetCategory> categories = set.getCategories();
			List<CategorySettingsView.CategoryRow> categoryRows = new ArrayList<>();
			for (int i = 0; i < categories.size(); i++) {
				BudgetCategory c = categories.get(i);
				categoryRows.add(new CategorySettingsView.CategoryRow(c.getId(), c.getName(), c.isLabour(), c.isRetired(),
						inUse.contains(c.getId()), i == 0, i == categories.size() - 1));
			}
			List<String> typeNames = typeRows.stream().filter(t -> t.active() && t.setId() == set.getId())
				.map(CategorySettingsView.TypeRow::name).toList();
			rows.add(new CategorySettingsView.SetRow(set.getId(), set.getName(), set.isDefault(), set.getRowVersion(),
					categoryRows, typeNames));
		}
		return new CategorySettingsView(rows, typeRows);
	}

	/** A new set with its labour category (人工 unless named); answers its id, or null when refused on {@code name} or {@code labour}. */
	public Long addSet(String rawName, String rawLabour, Errors errors) {
		String name = Texts.clean(rawName);
		String labour = Texts.clean(rawLabour) == null ? DEFAULT_LABOUR : Texts.clean(rawLabour);
		List<BudgetSet> all = sets.findAllByOrderByPositionAscIdAsc();
		if (name == null) {
			errors.rejectValue("name", "budgetCategory.set.name.required");
		}
		else if (name.length() > MAX_SET_NAME) {
			errors.rejectValue("name", "budgetCategory.name.tooLong", new Object[] { MAX_SET_NAME }, null);
		}
		else if (all.stream().anyMatch(s -> same(s.getName(), name))) {
			errors.rejectValue("name", "budgetCategory.set.name.taken", new Object[] { name }, null);
		}
		if (labour.length() > MAX_CATEGORY_NAME) {
			errors.rejectValue("labour", "budgetCategory.name.tooLong", new Object[] { MAX_CATEGORY_NAME }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		int position = all.stream().mapToInt(BudgetSet::getPosition).max().orElse(0) + 1;
		BudgetSet set = new BudgetSet(name, false, position);
		set.add(labour, true);
		return sets.save(set).getId();
	}

	/** A category at the end of the set; refused on {@code name}. */
	public void addCategory(long setId, String rawName, Long version, Errors errors) {
		BudgetSet set = locked(setId, version);
		String name = checkedName(set, null, rawName, errors);
		if (name == null) {
			return;
		}
		set.add(name, false);
		set.touched();
	}

	public void rename(long categoryId, String rawName, Long version, Errors errors) {
		BudgetSet set = lockedOf(categoryId, version);
		BudgetCategory category = category(set, categoryId);
		String name = checkedName(set, category, rawName, errors);
		if (name == null) {
			return;
		}
		category.rename(name);
		set.touched();
	}

	/** One place up or down in its set. */
	public void move(long categoryId, boolean up, Long version) {
		BudgetSet set = lockedOf(categoryId, version);
		set.move(category(set, categoryId), up);
		set.touched();
	}

	/** Archives a category (it takes no new lines or costs; those it has stay) or restores it; the labour one stays. */
	public void retire(long categoryId, boolean retired, Long version, Errors errors) {
		BudgetSet set = lockedOf(categoryId, version);
		BudgetCategory category = category(set, categoryId);
		if (retired && category.isLabour()) {
			errors.reject("budgetCategory.labour.stays");
			return;
		}
		category.retire(retired);
		set.touched();
	}

	/** Deletes a category no budget line or cost names; one in use is archived instead. */
	public void delete(long categoryId, Long version, Errors errors) {
		BudgetSet set = lockedOf(categoryId, version);
		BudgetCategory category = category(set, categoryId);
		if (category.isLabour()) {
			errors.reject("budgetCategory.labour.stays");
			return;
		}
		if (sets.inUse().contains(categoryId)) {
			errors.reject("budgetCategory.inUse", new Object[] { category.getName() }, null);
			return;
		}
		set.remove(category);
		set.touched();
	}

	/**
	 * The type's projects follow this set from now on, unless they chose one; those already budgeted
	 * on the set they followed keep it. Refused on {@code setId}.
	 */
	public void assign(long typeId, Long setId, Errors errors) {
		if (types.find(typeId).isEmpty()) {
			throw new RecordNotFound();
		}
		Map<Long, BudgetSet> all = sets.findAllByOrderByPositionAscIdAsc().stream()
			.collect(Collectors.toMap(BudgetSet::getId, Function.identity()));
		if (setId == null || !all.containsKey(setId)) {
			errors.rejectValue("setId", "budgetCategory.type.set.unknown");
			return;
		}
		BudgetTypeSet current = typeSets.findByTypeId(typeId).orElse(null);
		long was = current != null ? current.getSetId()
				: all.values().stream().filter(BudgetSet::isDefault).map(BudgetSet::getId).findFirst().orElseThrow();
		if (was == setId) {
			return;
		}
		for (long project : facts.budgetedWithoutChoice(typeId)) {
			choices.save(new BudgetChoice(project, was));
		}
		if (current == null) {
			typeSets.save(new BudgetTypeSet(typeId, setId));
		}
		else {
			current.follow(setId);
		}
	}

	/** The cleaned name when it may be the category's; otherwise null, with the reason on {@code name}. */
	private static String checkedName(BudgetSet set, BudgetCategory self, String rawName, Errors errors) {
		String name = Texts.clean(rawName);
		if (name == null) {
			errors.rejectValue("name", "budgetCategory.name.required");
			return null;
		}
		if (name.length() > MAX_CATEGORY_NAME) {
			errors.rejectValue("name", "budgetCategory.name.tooLong", new Object[] { MAX_CATEGORY_NAME }, null);
			return null;
		}
		if (set.getCategories().stream().anyMatch(c -> c != self && same(c.getName(), name))) {
			errors.rejectValue("name", "budgetCategory.name.taken", new Object[] { name }, null);
			return null;
		}
		return name;
	}

	private static boolean same(String a, String b) {
		return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
	}

	private BudgetSet lockedOf(long categoryId, Long version) {
		return locked(sets.setOf(categoryId).orElseThrow(RecordNotFound::new), version);
	}

	/** The set locked, refusing an edit made on another version of it. */
	private BudgetSet locked(long setId, Long version) {
		BudgetSet set = sets.lockById(setId).orElseThrow(RecordNotFound::new);
		if (version != null && version != set.getRowVersion()) {
			throw new ObjectOptimisticLockingFailureException(BudgetSet.class, setId);
		}
		return set;
	}

	private static BudgetCategory category(BudgetSet set, long categoryId) {
		return set.getCategories().stream().filter(c -> c.getId() == categoryId).findFirst()
			.orElseThrow(RecordNotFound::new);
	}
}
