package org.hutong.approvals.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.form.FormInput;
import org.hutong.approvals.request.ApproverEdits;
import org.hutong.approvals.request.RequestManagement;
import org.hutong.approvals.request.SignerPlace;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's page (审批单), its timeline fragment for other modules' record pages, and the
 * approvers' actions: 同意 · 拒绝 · 转交 · 加签 · 退回. A refused action (已由他人处理, a stale version, a
 * missing comment) answers 409 with the page and the message in place; from the inbox, only the item.
 */
@Controller
class RequestController {

	/**
	 * The name the picker's choices are sent under: 转交 and 加签's {@code userId}, 委托's
	 * {@code delegateId}, a 发起人自选 node's {@code _pick.<node>}, a form's person field (in a line
	 * table too: {@code lines[0].who}).
	 */
	private static final Pattern PICKER_NAME = Pattern
		.compile("_pick\\.[A-Za-z0-9_-]{1,40}|" + FormChoices.FIELD_NAME.pattern());

	private final RequestViews views;

	private final RequestManagement management;

	private final OrgChart org;

	private final Actions actions;

	private final ApproverEdits edits;

	RequestController(RequestViews views, RequestManagement management, OrgChart org, Actions actions,
			ApproverEdits edits) {
		this.edits = edits;
		this.views = views;
		this.management = management;
		this.org = org;
		this.actions = actions;
	}

	@GetMapping("/approvals/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Locale locale, Model model) {
		model.addAttribute("view", views.view(id, me.userId(), locale));
		return "approvals/request/show";
	}

	/** The timeline alone, for a record page of another module to load by htmx. */
	@GetMapping("/approvals/{id}/timeline")
	String timeline(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Locale locale, Model model) {
		model.addAttribute("view", views.view(id, me.userId(), locale));
		return "approvals/request/timeline";
	}

	/** The people picker of 转交, 加签, 发起人自选, 委托 and a form's person fields: colleagues matching what was typed. */
	@GetMapping("/approvals/people")
	String people(@RequestParam(defaultValue = "") String q, @RequestParam(name = "_q", defaultValue = "") String typed,
			@RequestParam(defaultValue = "userId") String name, @RequestParam(defaultValue = "false") boolean optional,
			Model model) {
		String text = q.isBlank() ? typed : q;
		model.addAttribute("matches", text.isBlank() ? java.util.List.of() : org.matching(text, 8));
		model.addAttribute("name", PICKER_NAME.matcher(name).matches() ? name : "userId");
		model.addAttribute("required", !optional);
		return "approvals/request/people";
	}

	@PostMapping("/approvals/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			HttpServletRequest http, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		return actions.act(call, () -> management.approve(form.task(me.userId(), id),
				edits.of(id, form.taskId(), FormInput.fromParameters(http.getParameterMap()), true), form.attached()),
				"approvals.done.approve");
	}

	@PostMapping("/approvals/{id}/reject")
	String reject(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		return actions.act(call, () -> management.reject(form.task(me.userId(), id), form.attached()), "approvals.done.reject");
	}

	@PostMapping("/approvals/{id}/transfer")
	String transfer(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		return actions.act(call, () -> management.transfer(form.task(me.userId(), id), form.colleague()),
				"approvals.done.transfer");
	}

	@PostMapping("/approvals/{id}/add-signer")
	String addSigner(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		SignerPlace place = form.place() == null ? SignerPlace.BEFORE : form.place();
		return actions.act(call, () -> management.addSigner(form.task(me.userId(), id), form.colleague(), place),
				"approvals.done.addSigner");
	}

	@PostMapping("/approvals/{id}/return")
	String returnTo(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, @ModelAttribute ActionForm form,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var call = new Actions.Call(id, me, form, locale, model, response, redirect);
		String node = form.node() == null || form.node().isBlank() ? null : form.node();
		return actions.act(call, () -> management.returnTo(form.task(me.userId(), id), node),
				"approvals.done.return");
	}
}
