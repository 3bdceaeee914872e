package org.hutong.sales.receipt;

import java.net.URI;
import java.util.HashMap;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's 回款 through the API: {@code GET /api/v1/contracts/{id}/receipts}, {@code POST} one,
 * and finance's {@code POST …/receipts/{receiptId}/confirm} and {@code …/reject} with {@code {"version": N}}
 * (and the {@code rejection}). A receipt beyond what is still to collect, or a confirmation that would
 * collect beyond the contract's amount, answers 400 problem+json saying how much is left; a stale
 * version 409.
 */
@RestController
class ReceiptApiController {

	private final ReceiptDetails details;

	private final ReceiptManagement management;

	ReceiptApiController(ReceiptDetails details, ReceiptManagement management) {
		this.details = details;
		this.management = management;
	}

	/** A decision on a receipt: the version decided on, and for 退回 why. */
	record Decision(long version, String rejection) {
	}

	@GetMapping("/api/v1/contracts/{id}/receipts")
	@PreAuthorize(ContractPermissions.MAY_READ)
	ReceiptsView receipts(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/receipts")
	@PreAuthorize(ContractPermissions.MAY_RECORD_RECEIPTS)
	ResponseEntity<ReceiptsView> record(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ReceiptForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "receipt");
		if (management.record(me, id, form, errors) == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/receipts")).body(details.of(me, id));
	}

	@PostMapping("/api/v1/contracts/{id}/receipts/{receiptId}/confirm")
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	ReceiptsView confirm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long receiptId,
			@RequestBody Decision decision) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		management.confirm(me, receiptId, decision.version(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return details.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/receipts/{receiptId}/reject")
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	ReceiptsView reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long receiptId,
			@RequestBody Decision decision) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		management.reject(me, receiptId, decision.version(), decision.rejection(), errors);
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return details.of(me, id);
	}
}
