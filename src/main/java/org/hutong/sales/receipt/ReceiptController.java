package org.hutong.sales.receipt;

import java.util.HashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 回款 on a contract's page: the section it loads, the form of a receipt (a 承兑汇票's fields with
 * it), and finance's 确认到账 / 退回. A refused form answers 422 with what was typed and the reason.
 */
@Controller
class ReceiptController {

	private final ReceiptDetails details;

	private final ReceiptManagement management;

	private final CustomerReceipts customers;

	private final ReceiptList lists;

	ReceiptController(ReceiptDetails details, ReceiptManagement management, CustomerReceipts customers,
			ReceiptList lists) {
		this.details = details;
		this.management = management;
		this.customers = customers;
		this.lists = lists;
	}

	/** 回款: what waits for finance's confirmation, and the 承兑汇票 maturing soon. */
	@GetMapping("/sales/receipts")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) ReceiptList.Kind list,
			Model model) {
		ReceiptList.Kind shown = list == null ? ReceiptList.Kind.WAITING : list;
		model.addAttribute("shown", shown);
		model.addAttribute("rows", lists.of(me, shown));
		return "sales/receipt/list";
	}

	/** The customer page's 回款 tab. */
	@GetMapping("/sales/receipts/of-customer/{customerId}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String ofCustomer(@AuthenticationPrincipal SignedInUser me, @PathVariable long customerId, Model model) {
		model.addAttribute("tab", customers.of(me, customerId));
		return "sales/receipt/record-receipts";
	}

	@InitBinder("receipt")
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/sales/contracts/{id}/receipts")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("receipts", details.of(me, id));
		return "sales/receipt/section";
	}

	@PostMapping("/sales/contracts/{id}/receipts")
	@PreAuthorize(ContractPermissions.MAY_RECORD_RECEIPTS)
	String record(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("receipt") ReceiptForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || management.record(me, id, form, errors) == null) {
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "receipt.recorded");
		return "redirect:/sales/contracts/" + id + "#receipts";
	}

	@PostMapping("/sales/contracts/{id}/receipts/{receiptId}/confirm")
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	String confirm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long receiptId,
			@RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		try {
			management.confirm(me, receiptId, version, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("receipt.conflict");
		}
		return decided(me, id, errors, "receipt.confirmed", model, response, redirect);
	}

	@PostMapping("/sales/contracts/{id}/receipts/{receiptId}/reject")
	@PreAuthorize(ContractPermissions.MAY_CONFIRM_RECEIPTS)
	String reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long receiptId,
			@RequestParam long version, @RequestParam(required = false) String rejection, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		try {
			management.reject(me, receiptId, version, rejection, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("receipt.conflict");
		}
		return decided(me, id, errors, "receipt.rejected", model, response, redirect);
	}

	private String decided(SignedInUser me, long id, BindingResult errors, String done, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decision", errors);
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/sales/contracts/" + id + "#receipts";
	}

	private String refused(SignedInUser me, long id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("receipts", details.of(me, id));
		return "sales/receipt/refused";
	}
}
