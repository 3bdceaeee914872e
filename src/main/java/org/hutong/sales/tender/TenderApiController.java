package org.hutong.sales.tender;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.tender.TenderDetails.TenderView;
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
 * {@code /api/v1/tenders}: list (filters and the cursor {@code before}), get, create, update with
 * {@code If-Match}, {@code POST /{id}/decision} and {@code /{id}/result}, delete. Invalid input
 * answers 400 problem+json naming the fields; a stale {@code If-Match} 409.
 */
@RestController
@RequestMapping("/api/v1/tenders")
class TenderApiController {

	private final TenderSearch search;

	private final TenderDetails details;

	private final TenderManagement management;

	TenderApiController(TenderSearch search, TenderDetails details, TenderManagement management) {
		this.search = search;
		this.details = details;
		this.management = management;
	}

	/** One page of tenders, the cursor of the next ({@code null} on the last), and on the first page how many match (capped). */
	record Listing(List<TenderRow> items, Long next, Long total) {
	}

	@GetMapping
	@PreAuthorize(TenderPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute TenderFilter filter,
			@RequestParam(defaultValue = "" + TenderSearch.PAGE_SIZE) int limit) {
		TenderPage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().before(), page.total());
	}

	@GetMapping("/{id}")
	@PreAuthorize(TenderPermissions.MAY_READ)
	ResponseEntity<TenderView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(details.one(me, id));
	}

	@PostMapping
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	ResponseEntity<TenderView> create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody TenderForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.create(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		TenderView view = details.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/tenders/" + id)).eTag(String.valueOf(view.version())).body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	ResponseEntity<TenderView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody TenderForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		TenderForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		management.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	ResponseEntity<TenderView> decide(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody DecisionForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		DecisionForm versioned = new DecisionForm(form.decision(), form.checked(), form.note(),
				Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "decision");
		management.decide(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PostMapping("/{id}/result")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	ResponseEntity<TenderView> record(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ResultForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		ResultForm versioned = new ResultForm(form.result(), form.winner(), form.winningPrice(), form.note(), form.lots(),
				Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "result");
		management.record(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(TenderPermissions.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<TenderView> found(TenderView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
