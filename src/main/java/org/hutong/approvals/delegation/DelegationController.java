package org.hutong.approvals.delegation;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审批委托 on a phone: the person's delegation running now (with 结束委托), the ones to come and the
 * last few before, the delegations colleagues gave them, and the form to set one.
 */
@Controller
class DelegationController {

	static final String PAGE = "approvals/delegation/page";

	/** How many of a person's delegations the page lists. */
	static final int SHOWN = 20;

	private final Delegations delegations;

	private final OrgChart org;

	DelegationController(Delegations delegations, OrgChart org) {
		this.delegations = delegations;
		this.org = org;
	}

	@GetMapping("/approvals/delegation")
	String show(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("form", DelegationForm.startingOn(delegations.today()));
		return render(me, model);
	}

	@PostMapping("/approvals/delegation")
	String set(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") DelegationForm form,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				delegations.set(me.userId(), form.request());
				redirect.addFlashAttribute("notice", "approvals.delegation.saved");
				return "redirect:/approvals/delegation";
			}
			catch (DelegationRefused refused) {
				errors.rejectValue(refused.field(), refused.messageCode());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(me, model);
	}

	@PostMapping("/approvals/delegation/{id}/end")
	String end(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			delegations.end(me.userId(), id);
		}
		catch (NoSuchElementException notTheirs) {
			throw new RecordNotFound();
		}
		redirect.addFlashAttribute("notice", "approvals.delegation.ended");
		return "redirect:/approvals/delegation";
	}

	private String render(SignedInUser me, Model model) {
		List<Delegation> mine = delegations.of(me.userId(), SHOWN);
		List<Delegation> held = delegations.heldBy(me.userId());
		List<Long> people = Stream.concat(mine.stream().map(Delegation::getDelegateId),
				held.stream().map(Delegation::getDelegatorId)).distinct().toList();
		model.addAttribute("mine", mine);
		model.addAttribute("held", held);
		model.addAttribute("today", delegations.today());
		model.addAttribute("names", new DelegationNames(org.members(people)));
		DelegationForm form = (DelegationForm) model.getAttribute("form");
		Long chosen = form == null ? null : form.delegateId();
		model.addAttribute("chosen", chosen == null ? null : org.members(List.of(chosen)).get(chosen));
		return PAGE;
	}
}
