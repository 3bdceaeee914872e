package org.hutong.sales.receivable;

import java.util.List;

import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/receivables}: the terms owed that the token's user sees, as on the pages. The list
 * takes {@code list} (OVERDUE · DUE_SOON), {@code days} (1–365, for DUE_SOON), {@code bucket} (an
 * ageing bucket), {@code customer}, {@code owner}, {@code dept}, the cursor {@code after} and
 * {@code limit}; its first page carries the sums of all it finds. {@code /ageing} takes
 * {@code groupBy} (CUSTOMER · OWNER · DEPARTMENT) and the same team filters. A filter that does not
 * read answers 400 problem+json naming it.
 */
@RestController
@RequestMapping("/api/v1/receivables")
class ReceivableApiController {

	private final ReceivableList lists;

	private final ReceivableAgeing ageing;

	ReceivableApiController(ReceivableList lists, ReceivableAgeing ageing) {
		this.lists = lists;
		this.ageing = ageing;
	}

	/** One page of owed terms, the cursor of the next ({@code null} on the last), and on the first page the sums. */
	record Listing(List<ReceivableRow> items, String next, ReceivablePage.Sums sums) {
	}

	@GetMapping
	@PreAuthorize(ContractPermissions.MAY_READ)
	Listing list(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute ReceivableFilter filter,
			@RequestParam(defaultValue = "" + ReceivableList.PAGE_SIZE) int limit) throws BindException {
		if (!ReceivableList.readable(filter.after())) {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(filter, "filter");
			errors.rejectValue("after", "receivable.after.invalid");
			throw new BindException(errors);
		}
		ReceivablePage page = lists.page(me, filter, limit);
		return new Listing(page.rows(), page.next() == null ? null : page.next().after(), page.sums());
	}

	@GetMapping("/ageing")
	@PreAuthorize(ContractPermissions.MAY_READ)
	AgeingView ageing(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute AgeingFilter filter) {
		return ageing.of(me, filter, ReceivableAgeing.EXPORT_GROUPS);
	}
}
