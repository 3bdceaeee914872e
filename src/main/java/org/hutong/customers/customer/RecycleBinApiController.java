package org.hutong.customers.customer;

import java.net.URI;

import org.hutong.identity.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 回收站 through the API: {@code GET /api/v1/customers/recycle-bin} by keyset,
 * {@code POST /api/v1/customers/{id}/restore} and, for administrators,
 * {@code DELETE /api/v1/customers/recycle-bin/{id}}. A REST controller, so the OpenAPI spec lists
 * every route (it leaves out handlers of page controllers that are not marked as bodies).
 */
@RestController
class RecycleBinApiController {

	private final RecycleBin bin;

	RecycleBinApiController(RecycleBin bin) {
		this.bin = bin;
	}

	@GetMapping("/api/v1/customers/recycle-bin")
	@PreAuthorize(RecycleBin.MAY_MANAGE)
	RecycleBin.Page apiList(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "" + CustomerSearch.PAGE_SIZE) int limit) {
		return bin.page(me, after, limit);
	}

	@PostMapping("/api/v1/customers/{id}/restore")
	@PreAuthorize(RecycleBin.MAY_MANAGE)
	ResponseEntity<CustomerView> apiRestore(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		CustomerView view = bin.restore(me, id);
		return ResponseEntity.ok().location(URI.create("/api/v1/customers/" + id)).eTag(String.valueOf(view.version()))
			.body(view);
	}

	@DeleteMapping("/api/v1/customers/recycle-bin/{id}")
	@PreAuthorize(RecycleBin.MAY_PURGE)
	ResponseEntity<Void> apiPurge(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		bin.purge(me, id);
		return ResponseEntity.noContent().build();
	}
}
