package org.hutong.sales.invoice;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 开票 through the API: {@code GET /api/v1/contracts/{id}/invoices} and {@code POST} a request;
 * {@code GET /api/v1/invoices/{id}}; finance's {@code POST /api/v1/invoices/{id}/issue} (number, day,
 * amount, tax — the file only on the page), {@code …/reject} and {@code …/void} with the reason. The
 * version decided on comes as {@code If-Match} or in the body; a stale one answers 409. A request
 * beyond what is still to invoice, a tax number with a bad check character, an issue that would
 * invoice beyond the contract's amount answer 400 problem+json naming the field or the reason.
 */
@RestController
class InvoiceApiController {

	private final InvoiceDetails details;

	private final InvoiceManagement management;

	InvoiceApiController(InvoiceDetails details, InvoiceManagement management) {
		this.details = details;
		this.management = management;
	}

	/** A 退回 or 作废: the version decided on, and why. */
	record Decision(Long version, String reason) {
	}

	@GetMapping("/api/v1/contracts/{id}/invoices")
	@PreAuthorize(ContractPermissions.MAY_READ)
	InvoicesView invoices(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/invoices")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<InvoicesView.Row> request(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody InvoiceForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "invoice");
		Long invoice = management.request(me, id, form, errors);
		if (invoice == null) {
			throw new BindException(errors);
		}
		return created(details.one(me, invoice));
	}

	@GetMapping("/api/v1/invoices/{id}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	ResponseEntity<InvoicesView.Row> one(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		InvoicesView.Row row = details.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(row.version())).body(row);
	}

	@PostMapping("/api/v1/invoices/{id}/issue")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	ResponseEntity<InvoicesView.Row> issue(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody IssueForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		IssueForm versioned = form.withVersion(Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "issue");
		management.issue(me, id, versioned, null, errors);
		return answer(me, id, errors);
	}

	@PostMapping("/api/v1/invoices/{id}/reject")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	ResponseEntity<InvoicesView.Row> reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody Decision decision, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		management.reject(me, id, version(me, id, ifMatch, decision), decision.reason(), errors);
		return answer(me, id, errors);
	}

	@PostMapping("/api/v1/invoices/{id}/void")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	ResponseEntity<InvoicesView.Row> voidInvoice(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody Decision decision, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		management.voidInvoice(me, id, version(me, id, ifMatch, decision), decision.reason(), errors);
		return answer(me, id, errors);
	}

	/** The version decided on: If-Match, else the body's, else the one read now. */
	private long version(SignedInUser me, long id, String ifMatch, Decision decision) {
		Long version = Versions.fromIfMatch(ifMatch, decision.version());
		return version != null ? version : details.one(me, id).version();
	}

	private ResponseEntity<InvoicesView.Row> answer(SignedInUser me, long id, org.springframework.validation.Errors errors)
			throws BindException {
		if (errors.hasErrors()) {
			throw new BindException((org.springframework.validation.BindingResult) errors);
		}
		InvoicesView.Row row = details.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(row.version())).body(row);
	}

	private static ResponseEntity<InvoicesView.Row> created(InvoicesView.Row row) {
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + row.id())).eTag(String.valueOf(row.version()))
			.body(row);
	}
}
