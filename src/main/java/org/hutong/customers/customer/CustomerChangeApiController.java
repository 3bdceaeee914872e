package org.hutong.customers.customer;

import org.hutong.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/customers/{id}/changes}: the customer's 修改记录, newest first; pass the
 * answer's {@code next} back as {@code after} for the page after it. Enum values are codes.
 */
@RestController
class CustomerChangeApiController {

	private final CustomerHistory history;

	CustomerChangeApiController(CustomerHistory history) {
		this.history = history;
	}

	@GetMapping("/api/v1/customers/{id}/changes")
	@PreAuthorize(CustomerManagement.MAY_READ)
	CustomerChangePage list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) String after,
			@RequestParam(defaultValue = "" + CustomerHistory.PAGE_SIZE) int limit) {
		return history.page(me, id, after, limit);
	}
}
