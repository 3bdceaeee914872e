package org.hutong.sales.pipeline;

import java.util.List;

import org.hutong.sales.product.ProductPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pipelines}: the enterprise's pipelines with their stages, and {@code /api/v1/lost-reasons}. */
@RestController
class PipelineApiController {

	private final Pipelines pipelines;

	PipelineApiController(Pipelines pipelines) {
		this.pipelines = pipelines;
	}

	record Reason(long id, String name) {
	}

	@GetMapping("/api/v1/pipelines")
	@PreAuthorize(ProductPermissions.MAY_READ)
	List<PipelineView> list() {
		return pipelines.all();
	}

	@GetMapping("/api/v1/pipelines/{id}")
	@PreAuthorize(ProductPermissions.MAY_READ)
	PipelineView get(@PathVariable long id) {
		return pipelines.one(id);
	}

	@GetMapping("/api/v1/lost-reasons")
	@PreAuthorize(ProductPermissions.MAY_READ)
	List<Reason> lostReasons() {
		return pipelines.lostReasons().stream().map(r -> new Reason(r.getId(), r.getName())).toList();
	}
}
