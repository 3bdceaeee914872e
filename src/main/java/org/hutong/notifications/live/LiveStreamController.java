package org.hutong.notifications.live;

import org.hutong.identity.AccountStates;
import org.hutong.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /notifications/stream}: the signed-in user's Server-Sent Events, opened by the shell
 * ({@code sse-connect}). Events are {@code notifications} (your inbox has something new) and
 * {@code feed} (the enterprise's feed has a new post); both carry no content. The stream signs in from
 * the shared session, so any node serves it, and a reconnect after a node died lands on another. A
 * user of a suspended enterprise, or one disabled or locked out, gets 401, on which the browser's
 * EventSource gives up (pages sign them out).
 */
@Controller
class LiveStreamController {

	private final LiveConnections connections;

	private final AccountStates states;

	LiveStreamController(LiveConnections connections, AccountStates states) {
		this.connections = connections;
		this.states = states;
	}

	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	ResponseEntity<SseEmitter> stream(@AuthenticationPrincipal SignedInUser me) {
		if (states.of(me) != AccountStates.State.USABLE) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		return ResponseEntity.ok(connections.open(me.tenantId(), me.userId()));
	}

	/** The browser went away (a page change, a closed tab): the registry drops the stream; nothing to report. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void gone() {
		// the stream has already been removed from LiveConnections by its error callback
	}
}
