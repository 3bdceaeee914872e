package org.hutong.sales.retention;

import java.net.URI;
import java.util.HashMap;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 质保金 through the API: {@code GET /api/v1/retentions?list=DUE_SOON|OVERDUE|GUARANTEES&after=…} (a page
 * and the cursor of the next), {@code GET /api/v1/contracts/{id}/retentions}, {@code GET
 * /api/v1/retentions/{id}} (its version as the ETag), {@code POST …/{id}/claims}, {@code POST
 * …/{id}/claims/{claimId}/resolve}, {@code POST …/{id}/request} and {@code PUT …/{id}/guarantee} with
 * {@code If-Match}. A refusal answers 400 problem+json naming the field or the reason; a stale version 409.
 */
@RestController
class RetentionApiController {

	private final RetentionDetails details;

	private final RetentionManagement management;

	private final RetentionList lists;

	RetentionApiController(RetentionDetails details, RetentionManagement management, RetentionList lists) {
		this.details = details;
		this.management = management;
		this.lists = lists;
	}

	/** A page of a list, the cursor of the next ({@code null} on the last), and the whole list's count and sum. */
	record Listing(java.util.List<RetentionList.Row> items, String next, long total, java.math.BigDecimal amount) {
	}

	/** How a claim was settled, on the claim's version. */
	record Resolution(Long version, String resolution) {
	}

	@GetMapping("/api/v1/retentions")
	@PreAuthorize(ContractPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(defaultValue = "DUE_SOON") RetentionList.Kind list, @RequestParam(required = false) String after) {
		RetentionList.Page page = lists.of(me, list, RetentionList.After.parse(after));
		return new Listing(page.rows(), page.next() == null ? null : page.next().toString(), page.count(), page.total());
	}

	@GetMapping("/api/v1/contracts/{id}/retentions")
	@PreAuthorize(ContractPermissions.MAY_READ)
	RetentionsView ofContract(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.of(me, id);
	}

	@GetMapping("/api/v1/retentions/{id}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	ResponseEntity<RetentionsView.Row> get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return found(details.one(me, id));
	}

	@PostMapping("/api/v1/retentions/{id}/claims")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<RetentionsView.Row> raise(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ClaimForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "claim");
		if (management.raise(me, id, form, errors) == null) {
			throw new BindException(errors);
		}
		RetentionsView.Row row = details.one(me, id);
		return ResponseEntity.created(URI.create("/api/v1/retentions/" + id)).eTag(String.valueOf(row.version()))
			.body(row);
	}

	@PostMapping("/api/v1/retentions/{id}/claims/{claimId}/resolve")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<RetentionsView.Row> resolve(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@PathVariable long claimId, @RequestBody Resolution resolution) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "resolution");
		if (resolution.version() == null) {
			errors.rejectValue("version", "retention.version.required");
			throw new BindException(errors);
		}
		management.resolve(me, id, claimId, resolution.version(), resolution.resolution(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PostMapping("/api/v1/retentions/{id}/request")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<RetentionsView.Row> request(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "request");
		Long version = Versions.fromIfMatch(ifMatch, null);
		management.request(me, id, version == null ? details.one(me, id).version() : version, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	@PutMapping("/api/v1/retentions/{id}/guarantee")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<RetentionsView.Row> guarantee(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody GuaranteeForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		Long version = Versions.fromIfMatch(ifMatch, form.version());
		GuaranteeForm versioned = new GuaranteeForm(form.number(), form.bank(), form.amount(), form.issuedOn(),
				form.expiresOn(), version);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "guarantee");
		management.guarantee(me, id, versioned, errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return found(details.one(me, id));
	}

	private static ResponseEntity<RetentionsView.Row> found(RetentionsView.Row row) {
		return ResponseEntity.ok().eTag(String.valueOf(row.version())).body(row);
	}
}
