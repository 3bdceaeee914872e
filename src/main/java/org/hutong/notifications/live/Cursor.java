package org.hutong.notifications.live;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where one node's poller stands in one table: the newest id seen and the ids already told, so a
 * re-read window never tells twice. Remembers a bounded number of ids, oldest forgotten first.
 */
class Cursor {

	static final int REMEMBERED = 5_000;

	private final Set<Long> told = new LinkedHashSet<>();

	private long newest = -1;

	private long start;

	boolean started() {
		return newest >= 0;
	}

	void start(long newestId) {
		newest = newestId;
		start = newestId;
	}

	long newest() {
		return newest;
	}

	/** Whether this id is news (and from now on, not). */
	boolean firstTime(long id) {
		if (id <= start || id <= newest - LivePoller.LOOKBACK || !told.add(id)) {
			return false;
		}
		newest = Math.max(newest, id);
		if (told.size() > REMEMBERED) {
			told.remove(told.iterator().next());
		}
		return true;
	}
}
