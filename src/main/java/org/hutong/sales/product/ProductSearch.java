package org.hutong.sales.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.hutong.web.RecordNotFound;

/**
 * Reads the catalogue in code order, a page at a time after a cursor (code, id), over the index that
 * leads with the enterprise. A keyword matches the start of a code or any part of a name or spec:
 * a catalogue holds hundreds to a few thousand products, so the filter reads the enterprise's
 * products in index order and stops after one page of matches.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ProductPermissions.MAY_READ)
public class ProductSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_LIMIT = 200;

	private final ProductRepository products;

	private final Catalog catalog;

	ProductSearch(ProductRepository products, Catalog catalog) {
		this.products = products;
		this.catalog = catalog;
	}

	public ProductPage page(ProductFilter filter, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Specification<Product> matching = matching(filter);
		Specification<Product> page = matching.and(after(filter.cursor()));
		List<Product> found = products.findBy(page,
				query -> query.sortBy(Sort.by("code", "id")).limit(size + 1).all());
		List<Product> shown = found.subList(0, Math.min(found.size(), size));
		ProductFilter next = found.size() > size ? filter.after(shown.get(size - 1).getCode(), shown.get(size - 1).getId())
				: null;
		Long total = filter.first() ? (next == null ? (long) shown.size() : products.count(matching)) : null;
		return new ProductPage(views(shown), total, next);
	}

	public ProductView one(long id) {
		Product product = products.findById(id).orElseThrow(RecordNotFound::new);
		return views(List.of(product)).get(0);
	}

	/** The live product with this code, if any. */
	public java.util.Optional<ProductView> byCode(String code) {
		return code == null ? java.util.Optional.empty()
				: products.findByCodeAndDeletedAtIsNull(code.strip()).map(p -> views(List.of(p)).get(0));
	}

	/** Live products by id, for another page's lines; unknown and deleted ids are left out. */
	public Map<Long, ProductView> live(Set<Long> ids) {
		return views(products.findAllById(ids).stream().filter(p -> !p.isDeleted()).toList()).stream()
			.collect(Collectors.toMap(ProductView::id, view -> view));
	}

	private List<ProductView> views(List<Product> shown) {
		Map<Long, String> paths = catalog.tree().stream()
			.collect(Collectors.toMap(Catalog.Node::id, Catalog.Node::path));
		return shown.stream().map(p -> ProductView.of(p, p.getCategoryId() == null ? null : paths.get(p.getCategoryId())))
			.toList();
	}

	private Specification<Product> matching(ProductFilter filter) {
		Set<Long> categories = filter.category() == null ? null : catalog.subtree(filter.category());
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(filter.inBin() ? cb.isNotNull(root.get("deletedAt")) : cb.isNull(root.get("deletedAt")));
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (categories != null) {
				where.add(categories.isEmpty() ? cb.disjunction() : root.get("categoryId").in(categories));
			}
			if (filter.q() != null) {
				String q = filter.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				where.add(cb.or(cb.like(cb.lower(root.get("code")), q + "%", '\\'),
						cb.like(cb.lower(root.get("name")), "%" + q + "%", '\\'),
						cb.like(cb.lower(root.get("spec")), "%" + q + "%", '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Specification<Product> after(ProductFilter.Cursor cursor) {
		return (root, query, cb) -> cursor == null ? cb.conjunction()
				: cb.or(cb.greaterThan(root.get("code"), cursor.code()),
						cb.and(cb.equal(root.get("code"), cursor.code()), cb.greaterThan(root.get("id"), cursor.id())));
	}
}
