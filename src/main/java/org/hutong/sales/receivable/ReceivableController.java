package org.hutong.sales.receivable;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.transfer.XlsxDownload;
import org.hutong.web.HtmxFragment;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 应收 pages: 逾期 and 即将到期 ({@code /sales/receivables}) with the sums of what the filter finds,
 * and 账龄 ({@code /sales/receivables/ageing}) grouped by customer, 负责人 or department, each bucket
 * linking to its terms, and its .xlsx. A malformed filter shows the unfiltered page.
 */
@Controller
@RequestMapping("/sales/receivables")
class ReceivableController {

	private final ReceivableList lists;

	private final ReceivableAgeing ageing;

	private final ReceivableChoices choices;

	private final AgeingExport export;

	private final MessageSource messages;

	ReceivableController(ReceivableList lists, ReceivableAgeing ageing, ReceivableChoices choices, AgeingExport export,
			MessageSource messages) {
		this.lists = lists;
		this.ageing = ageing;
		this.choices = choices;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(ContractPermissions.MAY_READ)
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("filter") ReceivableFilter filter,
			BindingResult malformed, Model model) {
		ReceivableFilter query = filter == null || malformed.hasErrors() || !ReceivableList.readable(filter.after())
				? ReceivableFilter.overdue() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", lists.page(me, query, ReceivableList.PAGE_SIZE));
		model.addAttribute("team", choices.team(me));
		model.addAttribute("customerName", choices.customerName(query.customer()));
		return "sales/receivable/list";
	}

	@GetMapping("/ageing")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String ageing(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("filter") AgeingFilter filter,
			BindingResult malformed, Model model) {
		AgeingFilter query = filter == null || malformed.hasErrors() ? new AgeingFilter(null, null, null, null) : filter;
		model.addAttribute("filter", query);
		model.addAttribute("ageing", ageing.of(me, query, ReceivableAgeing.PAGE_GROUPS));
		model.addAttribute("team", choices.team(me));
		model.addAttribute("customerName", choices.customerName(query.customer()));
		return "sales/receivable/ageing";
	}

	@GetMapping("/ageing.xlsx")
	@PreAuthorize(ContractPermissions.MAY_READ)
	void exportAgeing(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("filter") AgeingFilter filter,
			BindingResult malformed, Locale locale, HttpServletResponse response) throws IOException {
		AgeingFilter query = filter == null || malformed.hasErrors() ? new AgeingFilter(null, null, null, null) : filter;
		AgeingView view = ageing.of(me, query, ReceivableAgeing.EXPORT_GROUPS);
		String stem = messages.getMessage("receivable.export.fileStem", null, locale);
		XlsxDownload.prepare(response, stem + "-" + view.today() + ".xlsx");
		export.write(view, locale, response.getOutputStream());
	}
}
