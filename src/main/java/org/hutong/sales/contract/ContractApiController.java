package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.hutong.identity.SignedInUser;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
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
 * {@code /api/v1/contracts}: the contracts the token's user sees, as on the pages. Lists take
 * {@code scope} (MINE · TEAM), {@code q}, {@code status}, {@code customer}, {@code opportunity} and the
 * cursor {@code before}. {@code POST} makes a draft from {@code {"quoteId": …}} (an accepted quote),
 * {@code {"opportunityId": …}} (a won deal), or new from {@code {"customerId": …, "opportunityId"?,
 * "currency"?, "cnyRate"?, "title"?, "lines": […]}}; {@code PUT /{id}} changes a draft's header and
 * {@code PUT /{id}/lines} its lines, with {@code If-Match}; {@code POST /{id}/submit} sends it to
 * 合同审批. Invalid input or a step refused answers 400 problem+json naming the field or the reason —
 * a new contract's or a draft's lines refused, 400 naming the field ({@code lines[2].quantity}); a
 * stale {@code If-Match} 409.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractApiController {

	private final ContractSearch search;

	private final ContractDetails details;

	private final ContractManagement management;

	private final ContractDrafts drafts;

	private final SpringValidatorAdapter validator;

	ContractApiController(ContractSearch search, ContractDetails details, ContractManagement management,
			ContractDrafts drafts, Validator validator) {
		this.search = search;
		this.details = details;
		this.management = management;
		this.drafts = drafts;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** One page of contracts, the cursor of the next ({@code null} on the last), and on the first page how many match (capped). */
	record Listing(List<ContractRow> items, Long next, Long total) {
	}

	/**
	 * Where a new contract comes from: an accepted quote, a won deal, or — with a customer — nothing
	 * but its lines (the deal then only named).
	 */
	record Source(Long quoteId, Long opportunityId, Long customerId, String currency, BigDecimal cnyRate, String title,
			List<ContractLineForm> lines) {

		NewContractForm form() {
			return new NewContractForm(customerId, opportunityId, currency, cnyRate, title, lines);
		}
	}

	@GetMapping
	@PreAuthorize(ContractPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute ContractFilter filter,
			@RequestParam(defaultValue = "" + ContractSearch.PAGE_SIZE) int limit) {
		ContractPage page = search.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().before(), page.total());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	ResponseEntity<ContractView> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(details.one(me, id));
	}

	@PostMapping
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<ContractView> create(@AuthenticationPrincipal SignedInUser me, @RequestBody Source source)
			throws BindException {
		if (source.customerId() != null || source.lines() != null) {
			return created(me, fresh(me, source.form()));
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(source, "source");
		Long id = null;
		if ((source.quoteId() == null) == (source.opportunityId() == null)) {
			errors.reject("contract.source.one");
		}
		else {
			id = source.quoteId() != null ? management.fromQuote(me, source.quoteId(), errors)
					: management.fromDeal(me, source.opportunityId(), errors);
		}
		if (id == null) {
			throw new BindException(errors);
		}
		return created(me, id);
	}

	/** 新建合同: refused field by field (400) with nothing saved. */
	private long fresh(SignedInUser me, NewContractForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		Long id = errors.hasErrors() ? null : drafts.create(me, form, errors);
		if (id == null) {
			throw new BindException(errors);
		}
		return id;
	}

	private ResponseEntity<ContractView> created(SignedInUser me, long id) {
		ContractView view = details.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id)).eTag(String.valueOf(view.version()))
			.body(view);
	}

	@PutMapping("/{id}")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<ContractView> update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ContractForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		ContractForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "form");
		management.update(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	/** The 回款条款, replaced as a whole; refused terms answer 400 naming the row and field, or the sum's difference. */
	@PutMapping("/{id}/terms")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<ContractView> terms(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody TermsForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		TermsForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "terms");
		management.setTerms(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	/** A draft's 合同明细, replaced as a whole: refused lines answer 400 naming the line and field ({@code lines[2].quantity}). */
	@PutMapping("/{id}/lines")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<ContractView> lines(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody LinesForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		LinesForm versioned = form.withVersion(version == null ? details.one(me, id).version() : version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "lines");
		validator.validate(versioned, errors);
		if (!errors.hasErrors()) {
			drafts.setLines(me, id, versioned, errors);
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<ContractView> submit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "step");
		Long version = Versions.fromIfMatch(ifMatch, null);
		management.submit(me, id, version != null ? version : details.one(me, id).version(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	/** Why a contract in effect ends early. */
	record Termination(String reason, Long version) {
	}

	@PostMapping("/{id}/terminate")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<ContractView> terminate(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody Termination termination, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "termination");
		Long version = Versions.fromIfMatch(ifMatch, termination.version());
		management.terminate(me, id, version != null ? version : details.one(me, id).version(), termination.reason(),
				errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "step");
		management.delete(me, id, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ContractView> found(ContractView view) {
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
