package org.hutong.platform.enterprises;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hutong.identity.Headcounts;
import org.hutong.platform.enterprises.EnterpriseManagement.Actor;
import org.hutong.platform.signin.Operator;
import org.hutong.tenancy.Tenant;
import org.hutong.tenancy.TenantCodeTaken;
import org.hutong.tenancy.Tenants;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator console: the enterprises on the platform, a new one, suspend and resume. */
@Controller
class EnterpriseController {

	private final Tenants tenants;

	private final Headcounts headcounts;

	private final EnterpriseManagement management;

	EnterpriseController(Tenants tenants, Headcounts headcounts, EnterpriseManagement management) {
		this.tenants = tenants;
		this.headcounts = headcounts;
		this.management = management;
	}

	@GetMapping("/platform")
	String list(Model model) {
		model.addAttribute("form", EnterpriseForm.empty());
		return page(model, false);
	}

	@PostMapping("/platform/enterprises")
	String create(@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult errors,
			@AuthenticationPrincipal Operator operator, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (!form.passwordFits()) {
			errors.rejectValue("adminPassword", "platform.form.adminPassword.tooLong");
		}
		if (errors.hasErrors()) {
			return page(model, true);
		}
		try {
			Tenant created = management.create(form, actor(operator, request));
			redirect.addFlashAttribute("notice", "platform.enterprise.created");
			redirect.addFlashAttribute("noticeArgs",
					new Object[] { created.getName(), created.getCode(), form.adminUsername() });
			return "redirect:/platform";
		}
		catch (TenantCodeTaken taken) {
			errors.rejectValue("code", "platform.form.code.taken");
			return page(model, true);
		}
	}

	@PostMapping("/platform/enterprises/{id}/suspend")
	String suspend(@PathVariable long id, @AuthenticationPrincipal Operator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		return done(management.suspend(id, actor(operator, request)), "platform.enterprise.suspended", redirect);
	}

	@PostMapping("/platform/enterprises/{id}/resume")
	String resume(@PathVariable long id, @AuthenticationPrincipal Operator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		return done(management.resume(id, actor(operator, request)), "platform.enterprise.resumed", redirect);
	}

	private String page(Model model, boolean formOpen) {
		Map<Long, Long> usersPerTenant = headcounts.usersPerTenant();
		model.addAttribute("enterprises",
				tenants.all().stream().map(tenant -> EnterpriseRow.of(tenant, usersPerTenant)).toList());
		model.addAttribute("formOpen", formOpen);
		return "platform/enterprises/list";
	}

	private static String done(Tenant tenant, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgs", new Object[] { tenant.getName(), tenant.getCode() });
		return "redirect:/platform";
	}

	private static Actor actor(Operator operator, HttpServletRequest request) {
		return new Actor(operator.username(), request.getRemoteAddr());
	}
}
