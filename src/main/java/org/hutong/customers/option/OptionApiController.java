package org.hutong.customers.option;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/customer-options}: the enterprise's 客户级别, 行业 and 来源 lists, so API clients
 * know which codes the customer and lead endpoints accept ({@code active: false} ones only where a
 * record already carries them), labelled in the request's language.
 */
@RestController
class OptionApiController {

	private final CustomerOptions options;

	OptionApiController(CustomerOptions options) {
		this.options = options;
	}

	@GetMapping("/api/v1/customer-options")
	@PreAuthorize("hasAuthority('customers.read')")
	Map<OptionKind, List<OptionChoice>> list() {
		Map<OptionKind, List<OptionChoice>> lists = new EnumMap<>(OptionKind.class);
		for (OptionKind kind : OptionKind.values()) {
			lists.put(kind, options.choices(kind));
		}
		return lists;
	}
}
