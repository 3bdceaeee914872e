package org.hutong.sales.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hutong.sales.collection.Batch;
import org.junit.jupiter.api.Test;

/** 分批交付 as typed: shares in order, numbered from 1; blank or a single share is no batching; anything else is refused. */
class BatchSharesTests {

	@Test
	void sharesAreReadInOrderWhateverTheySeparateWith() {
		assertThat(BatchShares.parse("40/60")).contains(List.of(Batch.of(1, "40"), Batch.of(2, "60")));
		assertThat(BatchShares.parse(" 30、30，40% ")).contains(List.of(Batch.of(1, "30"), Batch.of(2, "30"), Batch.of(3, "40")));
		assertThat(BatchShares.parse("33.33/66.67").orElseThrow()).extracting(b -> b.percent().toPlainString())
			.containsExactly("33.33", "66.67");
	}

	@Test
	void blankOrOneShareMeansDeliveredAtOnce() {
		assertThat(BatchShares.parse(null)).contains(List.of());
		assertThat(BatchShares.parse("  ")).contains(List.of());
		assertThat(BatchShares.parse("100")).contains(List.of());
	}

	@Test
	void whatIsNotAListOfSharesIsRefused() {
		assertThat(BatchShares.parse("四十/六十")).isEmpty();
		assertThat(BatchShares.parse("40/-60")).isEmpty();
		assertThat(BatchShares.parse("40.123/59.877")).isEmpty();
		assertThat(BatchShares.parse("10/10/10/10/10/10/10/10/10/5/5")).as("at most ten batches").isEmpty();
	}

	@Test
	void sharesAreStoredAsTyped() {
		assertThat(BatchShares.format(List.of(Batch.of(1, "40.00"), Batch.of(2, "60")))).isEqualTo("40/60");
		assertThat(BatchShares.format(List.of())).isNull();
	}
}
