package org.hutong.identity.profile;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.identity.user.User;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的: the signed-in user's own page — profile, contact details, password, language. */
@Controller
class ProfileController {

	private final ProfileManagement profiles;

	private final DepartmentRepository departments;

	private final RoleRepository roles;

	private final LocaleResolver locales;

	ProfileController(ProfileManagement profiles, DepartmentRepository departments, RoleRepository roles,
			LocaleResolver locales) {
		this.profiles = profiles;
		this.departments = departments;
		this.roles = roles;
		this.locales = locales;
	}

	@GetMapping("/me")
	@Transactional(readOnly = true)
	String show(@AuthenticationPrincipal SignedInUser me, Model model) {
		User user = profiles.load(me);
		model.addAttribute("user", user);
		model.addAttribute("department",
				user.getDepartmentId() == null ? null : departments.findById(user.getDepartmentId()).orElse(null));
		model.addAttribute("roles", roles.findByIdIn(user.roleIds()).stream().map(Role::getName).toList());
		return "identity/profile/show";
	}

	@GetMapping("/me/edit")
	String editForm(@AuthenticationPrincipal SignedInUser me, Model model) {
		User user = profiles.load(me);
		model.addAttribute("form", new ProfileForms.ContactForm(user.getMobile(), user.getEmail(), user.getVersion()));
		return "identity/profile/edit";
	}

	@PostMapping("/me")
	String update(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") ProfileForms.ContactForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "identity/profile/edit";
		}
		profiles.updateContact(me, form);
		redirect.addFlashAttribute("notice", "profile.saved");
		return "redirect:/me";
	}

	@GetMapping("/me/password")
	String passwordForm(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("form", new ProfileForms.PasswordForm(null, null, null));
		return passwordPage(me, model);
	}

	/** The password page; it says why when the user must change an administrator's password first. */
	private String passwordPage(SignedInUser me, Model model) {
		model.addAttribute("forced", profiles.load(me).mustChangePassword());
		return "identity/profile/password";
	}

	@PostMapping("/me/password")
	String changePassword(@AuthenticationPrincipal SignedInUser me,
			@Valid @ModelAttribute("form") ProfileForms.PasswordForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("confirmPassword") && !form.confirmed()) {
			errors.rejectValue("confirmPassword", "profile.password.confirm.mismatch");
		}
		if (errors.hasErrors()) {
			return passwordPage(me, model);
		}
		boolean forced = profiles.load(me).mustChangePassword();
		if (!profiles.changePassword(me, form.currentPassword(), form.newPassword(), request.getSession().getId())) {
			errors.rejectValue("currentPassword", "profile.password.current.wrong");
			return passwordPage(me, model);
		}
		redirect.addFlashAttribute("notice", "profile.password.changed");
		// a user who had to change it goes on to what they came for: 工作台
		return forced ? "redirect:/" : "redirect:/me";
	}

	@GetMapping("/me/language")
	String languageForm(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
		String current = profiles.load(me).getLanguage();
		model.addAttribute("form", new ProfileForms.LanguageForm(current == null ? locale.toLanguageTag() : current));
		return "identity/profile/language";
	}

	@PostMapping("/me/language")
	String chooseLanguage(@AuthenticationPrincipal SignedInUser me,
			@Valid @ModelAttribute("form") ProfileForms.LanguageForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "identity/profile/language";
		}
		profiles.chooseLanguage(me, form.language());
		locales.setLocale(request, response, Locale.forLanguageTag(form.language()));
		redirect.addFlashAttribute("notice", "profile.language.saved");
		return "redirect:/me";
	}
}
