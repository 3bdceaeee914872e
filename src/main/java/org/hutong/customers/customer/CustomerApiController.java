package org.hutong.customers.customer;

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
 * {@code /api/v1/customers}: the same use cases as the pages. Lists take the page's filters and a
 * cursor ({@code after}, from the previous page's {@code next}) with {@code limit} up to 200.
 * Writes answer the {@code ETag} of the new version; an update with a stale {@code If-Match} (or
 * body {@code version}) answers 409 and changes nothing. Invalid input and duplicates (an equal
 * normalised name, credit code, or an unconfirmed similar name: send {@code confirmSimilar: true})
 * both answer 400 problem+json naming the field under {@code errors}: a duplicate is input the
 * client must change, like any other invalid field.
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApiController {

	private final CustomerManagement customers;

	private final CustomerSearch search;

	private final UniqueKeys uniqueKeys;

	private final CustomerViews views;

	CustomerApiController(CustomerManagement customers, CustomerSearch search, UniqueKeys uniqueKeys,
			CustomerViews views) {
		this.customers = customers;
		this.search = search;
		this.uniqueKeys = uniqueKeys;
		this.views = views;
	}

	/**
	 * One page of customers and the cursor of the next ({@code null} on the last); on the first page
	 * how many match: exact, or with {@code totalIsEstimate} an estimate (two significant digits) where an
	 * exact count would read every match.
	 */
	record Listing(List<CustomerView> items, String next, Long total, boolean totalIsEstimate) {
	}

	@GetMapping
	@PreAuthorize(CustomerManagement.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute CustomerFilter filter,
			@RequestParam(defaultValue = "" + CustomerSearch.PAGE_SIZE) int limit) {
		CustomerPage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().after(),
				page.total() == null ? null : page.total().value(), page.total() != null && page.total().estimate());
	}

	@GetMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_READ)
	ResponseEntity<CustomerView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		CustomerView view = search.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@PostMapping
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<CustomerView> create(@AuthenticationPrincipal SignedInUser me,
			@Valid @RequestBody CustomerForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Customer created = uniqueKeys.attempt(() -> customers.create(me, form, errors), errors);
		if (created == null) {
			throw new BindException(errors);
		}
		// the customer as saved: reading it again would cost a transaction and an access check
		CustomerView view = views.of(created);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + created.getId()))
			.eTag(String.valueOf(view.version()))
			.body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<CustomerView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody CustomerForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		CustomerForm versioned = form.withVersion(version == null ? search.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		uniqueKeys.attempt(() -> customers.update(me, id, versioned, errors), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		CustomerView view = search.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_DELETE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		customers.delete(me, id);
		return ResponseEntity.noContent().build();
	}
}
