package org.hutong.customers.customer;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.web.ApiProblems;
import org.hutong.web.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{id}}: {@code claim}, {@code release} ({@code {reason}}) and
 * {@code transfer} ({@code {toUserId}}), each answering the customer and its new {@code ETag}; a
 * stale {@code If-Match} (or body {@code version}), or a customer someone claimed first, answers 409.
 * {@code owner-changes} lists the ownership history, newest first.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class OwnershipApiController {

	private static final String IF_MATCH = "If-Match";

	private final OwnershipManagement ownership;

	private final CustomerSearch search;

	private final ApiProblems problems;

	OwnershipApiController(OwnershipManagement ownership, CustomerSearch search, ApiProblems problems) {
		this.ownership = ownership;
		this.search = search;
		this.problems = problems;
	}

	@PostMapping("/claim")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<CustomerView> claim(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
		ownership.claim(me, id, Versions.fromIfMatch(ifMatch, null));
		return current(me, id);
	}

	@PostMapping("/release")
	@PreAuthorize(CustomerManagement.MAY_WRITE)
	ResponseEntity<CustomerView> release(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody ReleaseForm form, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
		ownership.release(me, id, new ReleaseForm(form.reason(), Versions.fromIfMatch(ifMatch, form.version())));
		return current(me, id);
	}

	@PostMapping("/transfer")
	@PreAuthorize(OwnershipManagement.MAY_TRANSFER)
	ResponseEntity<CustomerView> transfer(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody TransferForm form, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
		boolean stillVisible = ownership.transfer(me, id,
				new TransferForm(form.toUserId(), Versions.fromIfMatch(ifMatch, form.version())));
		return stillVisible ? current(me, id) : ResponseEntity.noContent().build();
	}

	@GetMapping("/owner-changes")
	@PreAuthorize(CustomerManagement.MAY_READ)
	List<OwnerChangeView> history(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return ownership.history(me, id);
	}

	/** A transition the customer's state refuses: 409, or 403 when only the owner may; never the exception text. */
	@ExceptionHandler(OwnershipRefused.class)
	ResponseEntity<ProblemDetail> refused(OwnershipRefused refused, HttpServletRequest request) {
		HttpStatus status = refused instanceof NotTheOwner ? HttpStatus.FORBIDDEN
				: refused instanceof NotAnActiveUser ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
		return ResponseEntity.status(status).body(problems.problem(request, status, refused.messageKey(), refused.messageArgs()));
	}

	private ResponseEntity<CustomerView> current(SignedInUser me, long id) {
		CustomerView view = search.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
