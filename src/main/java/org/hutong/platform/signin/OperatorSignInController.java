package org.hutong.platform.signin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's sign-in page: username and password, no enterprise code. */
@Controller
class OperatorSignInController {

	private final OperatorAccount account;

	OperatorSignInController(OperatorAccount account) {
		this.account = account;
	}

	@GetMapping("/platform/login")
	String form(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			Authentication authentication, Model model) {
		if (authentication != null && authentication.getPrincipal() instanceof Operator) {
			return "redirect:/platform";
		}
		if (error != null) {
			model.addAttribute("errorKey", "platform.signin.error." + ("locked".equals(error) ? "locked" : "bad"));
		}
		model.addAttribute("demoUsername", account.username());
		model.addAttribute("demoPassword", account.demoPassword());
		model.addAttribute("signedOut", signedOut != null);
		return "platform/signin/login";
	}
}
