package org.hutong.identity.profile;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.hutong.identity.SignedInUser;
import org.hutong.identity.signin.SignedInSessions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的 › 登录设备: where the user is signed in — device, address, last active, "this device" — on any
 * node, with a way to end any other session or all of them at once.
 */
@Controller
class SessionController {

	private final SignedInSessions sessions;

	SessionController(SignedInSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/me/sessions")
	String list(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request, Model model) {
		model.addAttribute("sessions", sessions.of(me, request.getSession().getId()));
		return "identity/profile/sessions";
	}

	@PostMapping("/me/sessions/{id}/end")
	String end(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (id.equals(request.getSession().getId())) {
			// this device signs out with the sign-out button, which also forgets its cookie
			return "redirect:/me/sessions";
		}
		redirect.addFlashAttribute("notice", sessions.end(me, id) ? "sessions.ended" : "sessions.gone");
		return "redirect:/me/sessions";
	}

	@PostMapping("/me/sessions/end-others")
	String endOthers(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request,
			RedirectAttributes redirect) {
		sessions.endOthers(me, request.getSession().getId(), rememberedSeries(request));
		redirect.addFlashAttribute("notice", "sessions.endedOthers");
		return "redirect:/me/sessions";
	}

	private static Optional<String> rememberedSeries(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? Optional.empty()
				: Arrays.stream(cookies)
					.filter(cookie -> SignedInSessions.REMEMBER_ME_COOKIE.equals(cookie.getName()))
					.findFirst()
					.flatMap(cookie -> SignedInSessions.seriesOf(cookie.getValue()));
	}
}
