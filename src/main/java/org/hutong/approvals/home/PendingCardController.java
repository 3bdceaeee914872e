package org.hutong.approvals.home;

import org.hutong.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The 待审批 card's fragment, loaded by 工作台 through htmx; 查看全部 leads to the inbox at {@code /approvals}. */
@Controller
class PendingCardController {

	private final PendingCard pending;

	PendingCardController(PendingCard pending) {
		this.pending = pending;
	}

	@GetMapping("/approvals/home-card")
	String card(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("card", pending.card(me.userId()));
		return "approvals/home/card";
	}
}
