package org.hutong.identity.user;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.role.Role;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户 pages: the searchable list, the form, and the account actions (disable, enable, new password). */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private static final String LIST = "redirect:/admin/users";

	private final UserManagement users;

	private final UserSearch search;

	private final UserChoices choices;

	UserController(UserManagement users, UserSearch search, UserChoices choices) {
		this.users = users;
		this.search = search;
		this.choices = choices;
	}

	/** A malformed filter (an unknown status, say) shows the unfiltered list rather than an error. */
	@GetMapping
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") UserFilter filter,
			BindingResult malformed, Model model) {
		UserFilter query = filter == null || malformed.hasErrors() ? UserFilter.none() : filter;
		model.addAttribute("filter", query);
		model.addAttribute("page", search.page(me, query));
		model.addAttribute("departments", choices.departments()
			.nodes()
			.stream()
			.map(node -> new OrgChart.Unit(node.department().getId(), node.department().getName(), node.indentedName()))
			.toList());
		model.addAttribute("statuses", UserStatus.values());
		return "identity/users/list";
	}

	@GetMapping("/new")
	@PreAuthorize(UserManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String newForm(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("form", UserForm.blank());
		return page(me, null, model);
	}

	@PostMapping
	@PreAuthorize(UserManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String create(@AuthenticationPrincipal SignedInUser me,
			@Validated(UserForm.Creating.class) @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors() && users.create(me, form, errors) != null) {
				redirect.addFlashAttribute("notice", "admin.saved");
				return LIST;
			}
		}
		catch (DataIntegrityViolationException sameUsernameAtOnce) {
			errors.rejectValue("username", "user.username.taken");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(me, null, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(UserManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String editForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", users.formFor(me, id));
		return page(me, id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(UserManagement.MAY_WRITE)
	@HtmxFragment("editor")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				users.update(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("admin.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(me, id, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, id, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return LIST;
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize(UserManagement.MAY_WRITE)
	String disable(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			users.disable(me, id);
		}
		catch (CannotDisableSelf self) {
			model.addAttribute("form", users.formFor(me, id));
			model.addAttribute("problem", "user.disable.self");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(me, id, model);
		}
		redirect.addFlashAttribute("notice", "user.disabled");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize(UserManagement.MAY_WRITE)
	String enable(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		users.enable(me, id);
		redirect.addFlashAttribute("notice", "user.enabled");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/{id}/password")
	@PreAuthorize(UserManagement.MAY_WRITE)
	String resetPassword(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("reset") PasswordForm reset, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			users.resetPassword(me, id, reset);
			redirect.addFlashAttribute("notice", "user.password.done");
			return "redirect:/admin/users/" + id + "/edit";
		}
		model.addAttribute("form", users.formFor(me, id));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(me, id, model);
	}

	/** The form page; roles the administrator may not hand out are shown but not offered. */
	private String page(SignedInUser me, Long id, Model model) {
		model.addAttribute("userId", id);
		if (id != null) {
			model.addAttribute("account", search.row(id));
			model.addAttribute("self", id == me.userId());
		}
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", PasswordForm.blank());
		}
		model.addAttribute("departments", choices.departments().nodes());
		model.addAttribute("roles", choices.roles());
		model.addAttribute("grantable",
				choices.roles().stream().filter(role -> choices.grantable(me, role)).map(Role::getId).toList());
		return "identity/users/form";
	}
}
