package org.hutong.sales.product;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.web.UniqueKeys;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/products}: the catalogue's use cases. Lists take {@code q}, {@code category} (with
 * everything below it), {@code status}, {@code deleted=true} for the recycle bin, and the cursor
 * {@code after} from the previous page's {@code next}. Invalid input answers 400 problem+json naming
 * the field; an update with a stale {@code If-Match} answers 409; delete moves to the recycle bin,
 * {@code POST /{id}/restore} brings it back.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductApiController {

	private final ProductSearch search;

	private final ProductManagement management;

	private final UniqueKeys uniqueKeys;

	ProductApiController(ProductSearch search, ProductManagement management, UniqueKeys uniqueKeys) {
		this.search = search;
		this.management = management;
		this.uniqueKeys = uniqueKeys;
	}

	/** One page of products and the cursor of the next ({@code null} on the last); on the first page how many match. */
	record Listing(List<ProductView> items, String next, Long total) {
	}

	@GetMapping
	@PreAuthorize(ProductPermissions.MAY_READ)
	Listing list(@ModelAttribute ProductFilter filter,
			@RequestParam(defaultValue = "" + ProductSearch.PAGE_SIZE) int limit) {
		ProductPage page = search.page(filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().after(), page.total());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_READ)
	ResponseEntity<ProductView> get(@PathVariable long id) {
		return found(search.one(id));
	}

	@PostMapping
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<ProductView> create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody ProductForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = uniqueKeys.attempt(() -> management.create(me, form, errors), errors);
		if (id == null) {
			throw new BindException(errors);
		}
		ProductView view = search.one(id);
		return ResponseEntity.created(URI.create("/api/v1/products/" + id)).eTag(String.valueOf(view.version()))
			.body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<ProductView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ProductForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		ProductForm versioned = form.withVersion(version == null ? search.one(id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		uniqueKeys.attempt(() -> management.update(me, id, versioned, errors), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(search.one(id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(ProductPermissions.MAY_WRITE)
	ResponseEntity<ProductView> restore(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.restore(me, id);
		return found(search.one(id));
	}

	private static ResponseEntity<ProductView> found(ProductView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
