package org.hutong.sales.contract;

import java.net.URI;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 补充协议 through the API: {@code GET /api/v1/contracts/{id}/amendments} and {@code POST} one (the new
 * amount, the tax rate of the difference, the reason, the signing day and all the terms as they are to
 * be) with the contract's version in {@code If-Match} or the body. It applies once its approval passes.
 * A refusal answers 400 problem+json naming the field or the reason (terms that miss the new amount
 * say by how much); a stale version 409.
 */
@RestController
class AmendmentApiController {

	private final ContractAmendments amendments;

	AmendmentApiController(ContractAmendments amendments) {
		this.amendments = amendments;
	}

	@GetMapping("/api/v1/contracts/{id}/amendments")
	@PreAuthorize(ContractPermissions.MAY_READ)
	AmendmentView list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return amendments.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/amendments")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	ResponseEntity<AmendmentView> propose(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody AmendmentForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		AmendmentForm versioned = form.withVersion(Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "amendment");
		if (amendments.propose(me, id, versioned, errors) == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/amendments")).body(amendments.of(me, id));
	}
}
