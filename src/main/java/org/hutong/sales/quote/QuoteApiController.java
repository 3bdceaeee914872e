package org.hutong.sales.quote;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
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
 * {@code /api/v1/quotes}: the quotes the token's user sees, as on the pages. Lists take {@code scope}
 * (MINE · TEAM), {@code q}, {@code status}, {@code approval}, {@code customer}, {@code opportunity}
 * and the cursor {@code before}; a quote's versions come with it; {@code POST /{id}/approval},
 * {@code /send}, {@code /accept} and {@code /reject} take its steps, each with {@code If-Match};
 * {@code GET /{id}/pdf} is its PDF. Invalid input or a step refused answers 400 problem+json naming
 * the field or the reason; a stale {@code If-Match} 409.
 */
@RestController
@RequestMapping("/api/v1/quotes")
class QuoteApiController {

	private final QuoteSearch search;

	private final QuoteDetails details;

	private final QuoteManagement management;

	private final QuotePrinting printing;

	QuoteApiController(QuoteSearch search, QuoteDetails details, QuoteManagement management, QuotePrinting printing) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.printing = printing;
	}

	@GetMapping("/{id}/pdf")
	@PreAuthorize(QuotePermissions.MAY_READ)
	void pdf(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		printing.write(me, id, request, response);
	}

	/** One page of quotes, the cursor of the next ({@code null} on the last), and on the first page how many match (capped). */
	record Listing(List<QuoteRow> items, Long next, Long total) {
	}

	@GetMapping
	@PreAuthorize(QuotePermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute QuoteFilter filter,
			@RequestParam(defaultValue = "" + QuoteSearch.PAGE_SIZE) int limit) {
		QuotePage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().before(), page.total());
	}

	@GetMapping("/{id}")
	@PreAuthorize(QuotePermissions.MAY_READ)
	ResponseEntity<QuoteView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(details.one(me, id));
	}

	@PostMapping
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<QuoteView> create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody QuoteForm form)
			throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = management.create(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		QuoteView view = details.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + id)).eTag(String.valueOf(view.version())).body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<QuoteView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody QuoteForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		QuoteForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		management.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PostMapping("/{id}/approval")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<QuoteView> approval(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		MapBindingResult errors = step();
		management.requestApproval(me, id, version(me, id, ifMatch), errors);
		return after(me, id, errors);
	}

	@PostMapping("/{id}/send")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<QuoteView> send(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		MapBindingResult errors = step();
		management.send(me, id, version(me, id, ifMatch), errors);
		return after(me, id, errors);
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<QuoteView> accept(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		MapBindingResult errors = step();
		management.answer(me, id, version(me, id, ifMatch), true, errors);
		return after(me, id, errors);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<QuoteView> reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		MapBindingResult errors = step();
		management.answer(me, id, version(me, id, ifMatch), false, errors);
		return after(me, id, errors);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(QuotePermissions.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		management.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	private static MapBindingResult step() {
		return new MapBindingResult(new HashMap<>(), "step");
	}

	/** The version the step applies to: the If-Match one, else the current (no check then). */
	private long version(SignedInUser me, long id, String ifMatch) {
		Long version = Versions.fromIfMatch(ifMatch, null);
		return version != null ? version : details.one(me, id).version();
	}

	private ResponseEntity<QuoteView> after(SignedInUser me, long id, MapBindingResult errors) throws BindException {
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	private static ResponseEntity<QuoteView> found(QuoteView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
