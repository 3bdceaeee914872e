package org.hutong.customers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hutong.customers.TimelineCursor;
import org.hutong.customers.TimelineEntry;
import org.hutong.customers.TimelineSource;
import org.hutong.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Merging the sources of a 时间线 and paging through it, without Spring. */
class CustomerTimelineTests {

	static final Instant T = Instant.parse("2026-12-02T01:00:00Z");

	@Test
	void pagesThroughEveryKindWithoutGapsOrRepeatsEvenAtTheSameInstant() {
		// entries of three kinds written in the same transaction share an instant
		List<TimelineSource> sources = List.of(
				source("followup", entry("followup", 7, T), entry("followup", 6, T), entry("followup", 2, T.minusSeconds(60))),
				source("change", entry("change", 30, T), entry("change", 29, T), entry("change", 28, T.minusSeconds(5))),
				source("owner", entry("owner", 4, T.plusSeconds(1)), entry("owner", 3, T)));
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			TimelinePage page = CustomerTimeline.merge(sources, null, 1, null, after, 2);
			assertThat(page.entries()).hasSizeLessThanOrEqualTo(2);
			page.entries().forEach(e -> seen.add(e.kind() + e.id()));
			after = page.next();
			pages++;
		}
		while (after != null && pages < 20);
		assertThat(seen).containsExactly("owner4", "change30", "change29", "followup7", "followup6", "owner3",
				"change28", "followup2");
	}

	@Test
	void aKindShowsOnlyItsEntriesAndAnUnknownKindShowsAll() {
		List<TimelineSource> sources = List.of(source("followup", entry("followup", 1, T)),
				source("post", entry("post", 9, T.minusSeconds(1))));
		assertThat(CustomerTimeline.merge(sources, null, 1, "post", null, 20).entries()).extracting(TimelineEntry::kind)
			.containsExactly("post");
		TimelinePage all = CustomerTimeline.merge(sources, null, 1, "<script>", null, 20);
		assertThat(all.kind()).isNull();
		assertThat(all.entries()).hasSize(2);
		assertThat(all.next()).isNull();
	}

	@Test
	void aCursorReadsBackAndNonsenseIsNoCursor() {
		TimelineCursor cursor = new TimelineCursor(T.plusNanos(123), "followup", 42);
		assertThat(TimelineCursor.parse(cursor.text())).isEqualTo(cursor);
		assertThat(TimelineCursor.parse("x_y_z")).isNull();
		assertThat(TimelineCursor.parse("1.2_Followup_3")).isNull();
		assertThat(TimelineCursor.parse(null)).isNull();
		assertThat(TimelineCursor.parse("99999999999.999999999_a_99999999999999999999")).isNull();
	}

	/** A source that pages like a repository: entries after the cursor by (at, id below the kind's bound). */
	private static TimelineSource source(String kind, TimelineEntry... entries) {
		return new TimelineSource() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public List<TimelineEntry> entries(SignedInUser viewer, long customerId, TimelineCursor before, int limit) {
				return List.of(entries)
					.stream()
					.sorted(Comparator.comparing(TimelineEntry::at).reversed()
						.thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed()))
					.filter(e -> before == null || e.at().isBefore(before.at())
							|| e.at().equals(before.at()) && e.id() < before.idBelow(kind))
					.limit(limit)
					.toList();
			}
		};
	}

	private static TimelineEntry entry(String kind, long id, Instant at) {
		return new TimelineEntry(kind, id, at, null, new DefaultMessageSourceResolvable("timeline.post"), null, null,
				List.of());
	}
}
