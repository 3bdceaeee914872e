package org.hutong.sales.product;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hutong.shared.Texts;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The catalogue's lists: the category tree and the unit list of the current enterprise. A category
 * is deleted only when it holds no product and no sub-category; a unit may leave the list at any
 * time (products keep the name they were saved with).
 */
@Service
@Transactional
public class Catalog {

	/** What a new enterprise's unit list holds: what a power equipment maker sells by. */
	static final List<String> DEFAULT_UNITS = List.of("台", "套", "面", "个", "件", "米", "千米", "吨", "千伏安");

	/** How deep the tree may go: 大类 › 中类 › 小类 › 系列. */
	static final int MAX_DEPTH = 4;

	private final CategoryRepository categories;

	private final ProductUnitRepository units;

	private final ProductRepository products;

	Catalog(CategoryRepository categories, ProductUnitRepository units, ProductRepository products) {
		this.categories = categories;
		this.units = units;
		this.products = products;
	}

	/** One category in tree order, with its depth (0 at the top) and its path (开关柜 › 中置柜). */
	public record Node(long id, Long parentId, String name, int depth, String path) {

		/** The name indented by its depth, for a select. */
		public String indentedName() {
			return "\u3000".repeat(depth) + name;
		}
	}

	/** The whole tree, each parent followed by its children. */
	@Transactional(readOnly = true)
	public List<Node> tree() {
		Map<Long, List<Category>> byParent = new LinkedHashMap<>();
		for (Category category : categories.findAllByOrderByPositionAscIdAsc()) {
			byParent.computeIfAbsent(category.getParentId(), k -> new ArrayList<>()).add(category);
		}
		List<Node> nodes = new ArrayList<>();
		walk(byParent, null, 0, "", nodes, new HashSet<>());
		return nodes;
	}

	private static void walk(Map<Long, List<Category>> byParent, Long parent, int depth, String path, List<Node> nodes,
			Set<Long> seen) {
		for (Category category : byParent.getOrDefault(parent, List.of())) {
			if (!seen.add(category.getId())) {
				continue;
			}
			String named = path.isEmpty() ? category.getName() : path + " › " + category.getName();
			nodes.add(new Node(category.getId(), category.getParentId(), category.getName(), depth, named));
			walk(byParent, category.getId(), depth + 1, named, nodes, seen);
		}
	}

	/** The category and every category below it, for a filter that includes sub-categories. */
	@Transactional(readOnly = true)
	public Set<Long> subtree(long id) {
		List<Node> all = tree();
		Set<Long> ids = new HashSet<>();
		ids.add(id);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Node node : all) {
				if (node.parentId() != null && ids.contains(node.parentId()) && ids.add(node.id())) {
					grew = true;
				}
			}
		}
		return all.stream().anyMatch(node -> node.id() == id) ? ids : Set.of();
	}

	@Transactional(readOnly = true)
	public Optional<Node> category(Long id) {
		return id == null ? Optional.empty() : tree().stream().filter(node -> node.id() == id).findFirst();
	}

	/** Adds a category under {@code parentId} (null: at the top); refusals go on {@code name} or {@code parentId}. */
	public Long addCategory(String rawName, Long parentId, Errors errors) {
		String name = categoryName(rawName, errors);
		Optional<Node> parent = category(parentId);
		if (parentId != null && parent.isEmpty()) {
			errors.rejectValue("parentId", "product.category.unknown");
		}
		else if (parent.isPresent() && parent.get().depth() + 1 >= MAX_DEPTH) {
			errors.rejectValue("parentId", "product.category.tooDeep", new Object[] { MAX_DEPTH }, null);
		}
		if (name != null && (parentId == null ? categories.existsByParentIdIsNullAndName(name)
				: categories.existsByParentIdAndName(parentId, name))) {
			errors.rejectValue("name", "product.category.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		int position = (int) categories.count() + 1;
		return categories.save(new Category(name, parentId, position)).getId();
	}

	public void renameCategory(long id, String rawName, Errors errors) {
		Category category = categories.findById(id).orElseThrow(RecordNotFound::new);
		String name = categoryName(rawName, errors);
		if (name != null && !name.equals(category.getName())
				&& (category.getParentId() == null ? categories.existsByParentIdIsNullAndName(name)
						: categories.existsByParentIdAndName(category.getParentId(), name))) {
			errors.rejectValue("name", "product.category.taken");
		}
		if (!errors.hasErrors()) {
			category.rename(name);
		}
	}

	/** Deletes an empty category; one that holds products or sub-categories is refused with a reason. */
	public void deleteCategory(long id, Errors errors) {
		Category category = categories.findById(id).orElseThrow(RecordNotFound::new);
		if (categories.existsByParentId(id)) {
			errors.reject("product.category.hasChildren");
		}
		else if (products.existsByCategoryId(id)) {
			errors.reject("product.category.hasProducts");
		}
		else {
			categories.delete(category);
		}
	}

	private static String categoryName(String raw, Errors errors) {
		String name = Texts.clean(raw);
		if (name == null) {
			errors.rejectValue("name", "product.required");
		}
		else if (name.length() > Category.NAME_LENGTH) {
			errors.rejectValue("name", "product.tooLong", new Object[] { Category.NAME_LENGTH }, null);
		}
		return name;
	}

	/** The enterprise's units, in their order. */
	@Transactional(readOnly = true)
	public List<ProductUnit> units() {
		return units.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public boolean hasUnit(String name) {
		return name != null && units.existsByName(name);
	}

	public void addUnit(String raw, Errors errors) {
		String name = Texts.clean(raw);
		if (name == null) {
			errors.rejectValue("name", "product.required");
		}
		else if (name.length() > ProductUnit.NAME_LENGTH) {
			errors.rejectValue("name", "product.tooLong", new Object[] { ProductUnit.NAME_LENGTH }, null);
		}
		else if (units.existsByName(name)) {
			errors.rejectValue("name", "product.unit.taken");
		}
		if (!errors.hasErrors()) {
			units.save(new ProductUnit(name, (int) units.count() + 1));
		}
	}

	public void deleteUnit(long id) {
		units.delete(units.findById(id).orElseThrow(RecordNotFound::new));
	}

	/** Gives the current enterprise the default unit list when it has none. */
	void seedUnits() {
		if (units.count() == 0) {
			for (int i = 0; i < DEFAULT_UNITS.size(); i++) {
				units.save(new ProductUnit(DEFAULT_UNITS.get(i), i + 1));
			}
		}
	}
}
