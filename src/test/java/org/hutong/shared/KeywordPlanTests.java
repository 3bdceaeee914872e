package org.hutong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The plan choice, the walk's bound and the totals, on a list of numbers where "matching" is a divisor. */
class KeywordPlanTests {

	@Test
	void aRareKeywordIsLookedUpAndACommonOneWalked() {
		Numbers rare = new Numbers(10_000, 1_000, KeywordPlan.COMMON_KEYS - 1);
		assertThat(new KeywordPlan<>(rare).find(20).walked()).isFalse();
		assertThat(rare.read).isZero();
		Numbers common = new Numbers(10_000, 10, KeywordPlan.COMMON_KEYS);
		KeywordPlan.Found<Integer> found = new KeywordPlan<>(common).find(20);
		assertThat(found.walked()).isTrue();
		assertThat(found.rows()).containsExactlyElementsOf(IntStream.range(0, 20).map(i -> i * 10).boxed().toList());
		assertThat(common.read).as("stops after a page of matches").isLessThan(500);
		assertThat(found.share()).isEqualTo(0.1);
	}

	@Test
	void aWalkThatFindsTooFewStopsAndAsksTheKeys() {
		Numbers misjudged = new Numbers(1_000_000, 5_000, KeywordPlan.COMMON_KEYS);
		KeywordPlan.Found<Integer> found = new KeywordPlan<>(misjudged).find(20);
		assertThat(misjudged.read).isLessThanOrEqualTo(KeywordPlan.WALK_LIMIT + 800);
		assertThat(misjudged.keyed).isTrue();
		assertThat(found.rows()).hasSize(20).startsWith(0, 5_000);
		assertThat(found.share()).as("the walk still tells the share").isLessThan(0.01);
	}

	@Test
	void aWalkToTheEndOfTheListReturnsWhatItFound() {
		Numbers small = new Numbers(150, 10, KeywordPlan.COMMON_KEYS);
		assertThat(new KeywordPlan<>(small).walk(21).rows()).hasSize(15);
	}

	@Test
	void totalsAreExactWhenCheapAndRoundedEstimatesOtherwise() {
		KeywordPlan.Found<Integer> notFull = new KeywordPlan.Found<>(List.of(1, 2, 3), 0, 0);
		assertThat(Total.of(notFull, 20, cap -> -1, () -> -1, cap -> -1)).isEqualTo(Total.exact(3));
		KeywordPlan.Found<Integer> keyed = new KeywordPlan.Found<>(IntStream.range(0, 21).boxed().toList(), 0, 0);
		assertThat(Total.of(keyed, 20, cap -> 480, () -> -1, cap -> -1)).isEqualTo(Total.exact(480));
		assertThat(Total.of(keyed, 20, cap -> cap + 1, () -> 73_456, cap -> -1)).isEqualTo(new Total(73_000, true));
		KeywordPlan.Found<Integer> walked = new KeywordPlan.Found<>(IntStream.range(0, 21).boxed().toList(), 300, 21);
		assertThat(Total.of(walked, 20, cap -> -1, () -> 100_000, cap -> cap))
			.as("the keys leave room for the walk's projection: nothing is counted").isEqualTo(new Total(7_000, true));
		KeywordPlan.Found<Integer> clustered = new KeywordPlan.Found<>(IntStream.range(0, 21).boxed().toList(), 100, 100);
		assertThat(Total.of(clustered, 20, cap -> 937, () -> 100_000, cap -> 950))
			.as("matches clustered at the top of the list: too few keys for the projection, so they are counted")
			.isEqualTo(Total.exact(937));
		assertThat(Total.of(clustered, 20, cap -> -1, () -> 100_000, cap -> 4_321))
			.as("more entries than a cheap count, fewer than the projection: the entries are the estimate")
			.isEqualTo(new Total(4_300, true));
		assertThat(Total.estimate(12.4, 21)).as("never below the rows seen").isEqualTo(new Total(21, true));
		assertThat(Total.estimate(7_349, 0).value()).isEqualTo(7_300);
	}

	/** The numbers below {@code size}; a keyword matches the multiples of {@code every}. */
	private static final class Numbers implements KeywordPlan.Listing<Integer> {

		private final int size;

		private final int every;

		private final long keys;

		int read;

		boolean keyed;

		Numbers(int size, int every, long keys) {
			this.size = size;
			this.every = every;
			this.keys = keys;
		}

		@Override
		public long keysUpTo(int cap) {
			return Math.min(keys, cap);
		}

		@Override
		public List<Integer> byKeys(int limit) {
			keyed = true;
			return IntStream.range(0, limit).map(i -> i * every).filter(i -> i < size).boxed().toList();
		}

		@Override
		public List<Integer> inOrder(Integer row, int limit) {
			int from = row == null ? 0 : row + 1;
			List<Integer> rows = new ArrayList<>();
			for (int i = from; i < Math.min(size, from + limit); i++) {
				rows.add(i);
			}
			read += rows.size();
			return rows;
		}

		@Override
		public List<Integer> matching(List<Integer> rows) {
			return rows.stream().filter(i -> i % every == 0).toList();
		}
	}
}
