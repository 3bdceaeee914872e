package org.hutong.sales.retention;

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
 * 质保金 on a contract's page (the section it loads: each retention with its warranty, release day,
 * claims and guarantee) and the lists across contracts. A refused form answers 422 with what was
 * typed and the reason, next to the retention it was for.
 */
@Controller
class RetentionController {

	private final RetentionDetails details;

	private final RetentionManagement management;

	private final RetentionList lists;

	RetentionController(RetentionDetails details, RetentionManagement management, RetentionList lists) {
		this.details = details;
		this.management = management;
		this.lists = lists;
	}

	/** 质保金: falling due within 90 days, overdue, and guarantees expiring. */
	@GetMapping("/sales/retentions")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) RetentionList.Kind list,
			@RequestParam(required = false) String after, Model model) {
		RetentionList.Kind shown = list == null ? RetentionList.Kind.DUE_SOON : list;
		model.addAttribute("shown", shown);
		model.addAttribute("page", lists.of(me, shown, RetentionList.After.parse(after)));
		return "sales/retention/list";
	}

	@InitBinder({ "claim", "guarantee" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/sales/contracts/{id}/retentions")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("retentions", details.of(me, id));
		return "sales/retention/section";
	}

	@PostMapping("/sales/retentions/{retentionId}/claims")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String raise(@AuthenticationPrincipal SignedInUser me, @PathVariable long retentionId,
			@Validated @ModelAttribute("claim") ClaimForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long contractId = details.contractOf(me, retentionId);
		if (errors.hasErrors() || management.raise(me, retentionId, form, errors) == null) {
			return refused(me, contractId, retentionId, model, response);
		}
		return done(contractId, "retention.claim.raised", redirect);
	}

	@PostMapping("/sales/retentions/{retentionId}/claims/{claimId}/resolve")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String resolve(@AuthenticationPrincipal SignedInUser me, @PathVariable long retentionId, @PathVariable long claimId,
			@RequestParam long version, @RequestParam(required = false) String resolution, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long contractId = details.contractOf(me, retentionId);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		try {
			management.resolve(me, retentionId, claimId, version, resolution, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("retention.conflict");
		}
		return decided(me, contractId, retentionId, errors, "retention.claim.resolvedNotice", model, response, redirect);
	}

	@PostMapping("/sales/retentions/{retentionId}/request")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String request(@AuthenticationPrincipal SignedInUser me, @PathVariable long retentionId, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		long contractId = details.contractOf(me, retentionId);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		try {
			management.request(me, retentionId, version, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("retention.conflict");
		}
		return decided(me, contractId, retentionId, errors, "retention.requested", model, response, redirect);
	}

	@PostMapping("/sales/retentions/{retentionId}/guarantee")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String guarantee(@AuthenticationPrincipal SignedInUser me, @PathVariable long retentionId,
			@Validated @ModelAttribute("guarantee") GuaranteeForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long contractId = details.contractOf(me, retentionId);
		if (!errors.hasErrors()) {
			try {
				management.guarantee(me, retentionId, form, errors);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("retention.conflict");
			}
		}
		if (errors.hasErrors()) {
			return refused(me, contractId, retentionId, model, response);
		}
		return done(contractId, "retention.guarantee.recorded", redirect);
	}

	private String decided(SignedInUser me, long contractId, long retentionId, BindingResult errors, String notice,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decision", errors);
			return refused(me, contractId, retentionId, model, response);
		}
		return done(contractId, notice, redirect);
	}

	private static String done(long contractId, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/sales/contracts/" + contractId + "#retentions";
	}

	private String refused(SignedInUser me, long contractId, long retentionId, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("retentions", details.of(me, contractId));
		model.addAttribute("failed", retentionId);
		return "sales/retention/refused";
	}
}
