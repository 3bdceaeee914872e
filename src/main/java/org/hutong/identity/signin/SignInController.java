package org.hutong.identity.signin;

import org.hutong.web.WebSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: enterprise code, username, password; demo sign-ins only in demo mode. */
@Controller
class SignInController {

	private final WebSettings settings;

	SignInController(WebSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String form(@RequestParam(required = false) String error, @RequestParam(required = false) String tenant,
			@RequestParam(required = false) String signedOut, Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("errorKey", error == null ? null : "signin.error." + switch (error) {
			case "locked", "suspended", "disabled" -> error;
			default -> "bad";
		});
		model.addAttribute("tenant", tenant == null ? (settings.demo() ? "demo" : "") : tenant);
		model.addAttribute("demo", settings.demo());
		model.addAttribute("signedOut", signedOut != null);
		return "identity/signin/login";
	}
}
