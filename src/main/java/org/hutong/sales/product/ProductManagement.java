package org.hutong.sales.product;

import java.time.Clock;
import java.util.Objects;

import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 产品 use cases: create, change (if the version edited is still current), delete to the recycle
 * bin and restore. The code is unique in the enterprise, deleted products included (a code on an old
 * quote never names another product); the unit must be on the enterprise's list (a product keeps a
 * unit later taken off it); the category must be one of the enterprise's own.
 */
@Service
@Transactional
public class ProductManagement {

	private final ProductRepository products;

	private final Catalog catalog;

	private final Clock clock;

	ProductManagement(ProductRepository products, Catalog catalog, Clock clock) {
		this.products = products;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Answers the new product's id, or {@code null} when {@code errors} says why not. */
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public Long create(SignedInUser actor, ProductForm form, Errors errors) {
		check(form, null, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return products.save(new Product(form, actor.userId(), clock.instant())).getId();
	}

	/** Changes a live product; a stale version is an optimistic-locking conflict (409 in the API). */
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void update(SignedInUser actor, long id, ProductForm form, Errors errors) {
		Product product = products.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new);
		if (!Objects.equals(form.version(), product.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Product.class, id);
		}
		check(form, product.getId(), product.getUnit(), errors);
		if (!errors.hasErrors()) {
			product.change(form, clock.instant());
		}
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void delete(SignedInUser actor, long id) {
		products.findByIdAndDeletedAtIsNull(id).orElseThrow(RecordNotFound::new).delete(clock.instant());
	}

	@PreAuthorize(ProductPermissions.MAY_WRITE)
	public void restore(SignedInUser actor, long id) {
		Product product = products.findById(id).filter(Product::isDeleted).orElseThrow(RecordNotFound::new);
		product.restore(clock.instant());
	}

	private void check(ProductForm form, Long id, String unitBefore, Errors errors) {
		if (form.code() != null && (id == null ? products.existsByCode(form.code())
				: products.existsByCodeAndIdNot(form.code(), id))) {
			errors.rejectValue("code", "product.code.taken");
		}
		if (form.unit() != null && !form.unit().equals(unitBefore) && !catalog.hasUnit(form.unit())) {
			errors.rejectValue("unit", "product.unit.unknown");
		}
		if (form.categoryId() != null && catalog.category(form.categoryId()).isEmpty()) {
			errors.rejectValue("categoryId", "product.category.unknown");
		}
	}
}
