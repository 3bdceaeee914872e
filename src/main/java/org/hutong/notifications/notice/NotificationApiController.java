package org.hutong.notifications.notice;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.hutong.identity.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notifications}: the token user's own notices, newest first. {@code ?unread=true}
 * lists unread ones only; {@code ?before=<next>} gives the next page. Another person's notice, or
 * another enterprise's, answers 404 problem+json.
 */
@RestController
class NotificationApiController {

	private final NotificationManagement notifications;

	NotificationApiController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	NotificationPage list(@AuthenticationPrincipal SignedInUser me, @Valid InboxQuery query,
			BindingResult malformed) throws BindException {
		if (malformed.hasErrors()) {
			throw new BindException(malformed);
		}
		return notifications.inbox(me, Boolean.TRUE.equals(query.unread()), query.before());
	}

	/**
	 * What to list.
	 *
	 * @param unread only unread notices when {@code true}
	 * @param before the {@code next} of the previous page
	 */
	record InboxQuery(Boolean unread, @Positive Long before) {
	}

	@GetMapping("/api/v1/notifications/{id}")
	NotificationView get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return notifications.get(me, id);
	}

	/** How many are unread: {@code {"unread": 3}}. */
	@GetMapping("/api/v1/notifications/unread-count")
	Map<String, Long> unreadCount(@AuthenticationPrincipal SignedInUser me) {
		return Map.of("unread", notifications.unreadCount(me));
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	NotificationView read(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return notifications.markRead(me, id);
	}

	/** Marks every unread notice read: {@code {"marked": 5}}. */
	@PostMapping("/api/v1/notifications/read-all")
	ResponseEntity<Map<String, Integer>> readAll(@AuthenticationPrincipal SignedInUser me) {
		return ResponseEntity.ok(Map.of("marked", notifications.markAllRead(me)));
	}
}
