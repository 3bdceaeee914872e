package org.hutong.notifications.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The poller's place in a table: new ids once, late-committed smaller ids too, nothing from before it started. */
class CursorTests {

	@Test
	void tellsEachNewIdOnceIncludingOneCommittedLate() {
		Cursor cursor = new Cursor();
		assertThat(cursor.started()).isFalse();
		cursor.start(100);
		assertThat(cursor.firstTime(100)).as("seen before start").isFalse();
		assertThat(cursor.firstTime(105)).isTrue();
		assertThat(cursor.firstTime(105)).as("told twice").isFalse();
		assertThat(cursor.firstTime(103)).as("committed after 105").isTrue();
		assertThat(cursor.newest()).isEqualTo(105);
	}

	@Test
	void forgetsIdsFarBelowTheNewest() {
		Cursor cursor = new Cursor();
		cursor.start(0);
		assertThat(cursor.firstTime(1000)).isTrue();
		assertThat(cursor.firstTime(1000 - LivePoller.LOOKBACK)).as("outside the window").isFalse();
		assertThat(cursor.firstTime(1000 - LivePoller.LOOKBACK + 1)).isTrue();
	}
}
