package org.hutong.customers.customer;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 合并 through the API: {@code POST /api/v1/customers/{id}/merge} with
 * {@code {"otherId": …, "version": …, "otherVersion": …}}; a merge after either changed is 409.
 */
@RestController
class CustomerMergeApiController {

	private final CustomerMerging merging;

	private final CustomerSearch search;

	CustomerMergeApiController(CustomerMerging merging, CustomerSearch search) {
		this.merging = merging;
		this.search = search;
	}

	@PostMapping("/api/v1/customers/{id}/merge")
	@PreAuthorize(CustomerMerging.MAY_MERGE)
	ResponseEntity<CustomerView> apiMerge(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody MergeForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		if (!merging.merge(me, id, form, errors)) {
			throw new BindException(errors);
		}
		CustomerView view = search.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}
}
