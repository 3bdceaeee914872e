package org.hutong.customers.lead;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.hutong.customers.customer.CustomerManagement;
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
 * {@code /api/v1/leads}: the same use cases as the pages. Lists take {@code q}, {@code status} and a
 * cursor ({@code after}, from the previous page's {@code next}). An update with a stale
 * {@code If-Match} answers 409. {@code POST /{id}/convert} answers 201 with the new customer's id;
 * invalid input and duplicates answer 400 problem+json naming the field (send
 * {@code confirmSimilar: true} past a similar name); changing or converting a converted lead answers 409.
 */
@RestController
@RequestMapping("/api/v1/leads")
class LeadApiController {

	private final LeadManagement leads;

	private final LeadSearch search;

	private final UniqueKeys uniqueKeys;

	LeadApiController(LeadManagement leads, LeadSearch search, UniqueKeys uniqueKeys) {
		this.leads = leads;
		this.search = search;
		this.uniqueKeys = uniqueKeys;
	}

	/**
	 * One page of leads and the cursor of the next ({@code null} on the last); on the first page how many
	 * match: exact, or with {@code totalIsEstimate} an estimate where an exact count would read every match.
	 */
	record Listing(List<LeadView> items, String next, Long total, boolean totalIsEstimate) {
	}

	@GetMapping
	@PreAuthorize(CustomerManagement.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute LeadFilter filter,
			@RequestParam(defaultValue = "" + LeadSearch.PAGE_SIZE) int limit) {
		LeadPage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().after(),
				page.total() == null ? null : page.total().value(), page.total() != null && page.total().estimate());
	}

	@GetMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_READ)
	ResponseEntity<LeadView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(search.one(me, id));
	}

	@PostMapping
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<LeadView> create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody LeadForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = leads.create(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		LeadView view = search.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + id)).eTag(String.valueOf(view.version())).body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<LeadView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody LeadForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		LeadForm versioned = form.withVersion(version == null ? search.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		leads.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(search.one(me, id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		leads.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	/** Converts the lead; answers 201 with {@code customerId} and the customer's location. */
	@PostMapping("/{id}/convert")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<Map<String, Long>> convert(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ConversionForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long customerId = uniqueKeys.attempt(() -> leads.convert(me, id, form, errors), errors);
		if (customerId == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId))
			.body(Map.of("customerId", customerId, "leadId", id));
	}

	private static ResponseEntity<LeadView> found(LeadView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
