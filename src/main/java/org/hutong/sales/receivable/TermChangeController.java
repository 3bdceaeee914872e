package org.hutong.sales.receivable;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The folded 变更记录 under a contract's 回款计划, which the contract page loads. */
@Controller
class TermChangeController {

	private final TermChanges changes;

	TermChangeController(TermChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/sales/contracts/{id}/term-changes")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("changes", changes.of(me, id));
		return "sales/receivable/term-changes";
	}
}
