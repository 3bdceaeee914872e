package org.hutong.notifications.live;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hutong.notifications.NotificationsSettings;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * This node's open streams, keyed by enterprise and user: an event for one enterprise can only
 * reach that enterprise's streams. Events carry no content ({@code data: new}); the page fetches
 * what the user may see. A stream leaves on completion, timeout or a failed write, and all are
 * closed before the server shuts down, so shutting down never waits for a browser.
 */
@Component
public class LiveConnections implements SmartLifecycle {

	/** Named SSE events: the bell re-counts on {@code notifications}, feed pages reload on {@code feed}. */
	public static final String NOTIFICATIONS = "notifications";

	public static final String FEED = "feed";

	record Key(long tenantId, long userId) {
	}

	private final Map<Key, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final NotificationsSettings settings;

	private volatile boolean running;

	LiveConnections(NotificationsSettings settings) {
		this.settings = settings;
	}

	/** A new stream for the user, greeted at once so proxies and the browser see it open. */
	public SseEmitter open(long tenantId, long userId) {
		SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
		register(tenantId, userId, emitter);
		send(new Key(tenantId, userId), emitter, () -> SseEmitter.event().reconnectTime(5_000).comment("connected"));
		return emitter;
	}

	/** Adds a stream (tests add recording ones) and makes it leave when it ends. */
	public void register(long tenantId, long userId, SseEmitter emitter) {
		Key key = new Key(tenantId, userId);
		streams.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(emitter);
		emitter.onCompletion(() -> remove(key, emitter));
		emitter.onTimeout(() -> {
			remove(key, emitter);
			emitter.complete();
		});
		emitter.onError(failure -> remove(key, emitter));
	}

	/** Tells one user's streams something new is in their inbox. */
	public void toUser(long tenantId, long userId, String event) {
		Key key = new Key(tenantId, userId);
		streams.getOrDefault(key, Set.of()).forEach(e -> send(key, e, () -> named(event)));
	}

	/** Tells every stream of one enterprise, and only of that enterprise. */
	public void toEnterprise(long tenantId, String event) {
		streams.forEach((key, emitters) -> {
			if (key.tenantId() == tenantId) {
				emitters.forEach(e -> send(key, e, () -> named(event)));
			}
		});
	}

	/** A comment line on every stream: keeps proxies from closing idle ones and finds the dead. */
	public void heartbeat() {
		streams.forEach((key, emitters) -> emitters.forEach(e -> send(key, e, () -> SseEmitter.event().comment("ping"))));
	}

	/** How many streams this user has open on this node. */
	public int count(long tenantId, long userId) {
		return streams.getOrDefault(new Key(tenantId, userId), Set.of()).size();
	}

	private static SseEventBuilder named(String event) {
		return SseEmitter.event().name(event).data("new");
	}

	private void send(Key key, SseEmitter emitter, Supplier<SseEventBuilder> event) {
		try {
			emitter.send(event.get());
		}
		catch (IOException | IllegalStateException gone) {
			remove(key, emitter);
			try {
				emitter.completeWithError(gone);
			}
			catch (RuntimeException alreadyEnded) {
				// the container ended it first; nothing is left to close
			}
		}
	}

	private void remove(Key key, SseEmitter emitter) {
		streams.computeIfPresent(key, (k, emitters) -> {
			emitters.remove(emitter);
			return emitters.isEmpty() ? null : emitters;
		});
	}

	@Override
	public void start() {
		running = true;
	}

	/** Before the web server's graceful shutdown (a higher phase stops first): end every stream. */
	@Override
	public void stop() {
		running = false;
		streams.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
		streams.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}
