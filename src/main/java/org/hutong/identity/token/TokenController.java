package org.hutong.identity.token;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的 › API 令牌: personal tokens for the open API, shown once, revocable. */
@Controller
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record TokenForm(@NotBlank(message = "{token.name.required}") @Size(max = 50, message = "{token.name.tooLong}") String name,
			@NotNull(message = "{token.validDays.range}") @Min(value = 1, message = "{token.validDays.range}")
			@Max(value = 365, message = "{token.validDays.range}") Integer validDays) {
	}

	@GetMapping("/me/tokens")
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm(null, 90));
		}
		model.addAttribute("tokens", tokens.of(me));
		return "identity/token/list";
	}

	@PostMapping("/me/tokens")
	String create(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("tokens", tokens.of(me));
			return "identity/token/list";
		}
		ApiTokens.Issued issued = tokens.create(me, form.name().strip(), form.validDays());
		model.addAttribute("issued", issued);
		model.addAttribute("form", new TokenForm(null, 90));
		model.addAttribute("tokens", tokens.of(me));
		return "identity/token/list";
	}

	@PostMapping("/me/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(me, id);
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:/me/tokens";
	}
}
