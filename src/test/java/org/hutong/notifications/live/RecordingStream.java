package org.hutong.notifications.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A stream that keeps what it was sent, to stand for a browser on this node. */
class RecordingStream extends SseEmitter {

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(SseEventBuilder builder) {
		sent.add(builder.build().stream().map(part -> String.valueOf(part.getData())).collect(Collectors.joining()));
	}

	long count(String event) {
		return sent.stream().filter(text -> text.contains("event:" + event + "\n")).count();
	}
}
