package org.hutong.notifications.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 通知 pages: the inbox ({@code ?filter=unread}, {@code ?before=} for more), the bell the shell
 * loads and reloads on the {@code notifications} event, opening one (marks it read, then goes where it
 * leads) and marking all read.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final String UNREAD = "unread";

	private final NotificationManagement notifications;

	NotificationController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@HtmxFragment("rows")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String filter,
			@RequestParam(required = false) Long before, Model model) {
		boolean unreadOnly = UNREAD.equals(filter);
		model.addAttribute("unreadOnly", unreadOnly);
		model.addAttribute("first", before == null);
		model.addAttribute("page", notifications.inbox(me, unreadOnly, before));
		return "notifications/notice/list";
	}

	/** The bell with the unread count: a fragment for the shell's top bar and sidebar. */
	@GetMapping("/bell")
	String bell(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("unread", notifications.unreadCount(me));
		return "notifications/notice/bell";
	}

	/**
	 * Marks it read and goes to its target: htmx (a tap on the item) is sent there with
	 * {@code HX-Location}, a plain form post is redirected.
	 */
	@PostMapping("/{id}/read")
	String read(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, HttpServletRequest request,
			HttpServletResponse response) {
		String target = notifications.markRead(me, id).target();
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Location", target);
			return "notifications/notice/nothing";
		}
		return "redirect:" + target;
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String filter) {
		notifications.markAllRead(me);
		return UNREAD.equals(filter) ? "redirect:/notifications?filter=unread" : "redirect:/notifications";
	}
}
