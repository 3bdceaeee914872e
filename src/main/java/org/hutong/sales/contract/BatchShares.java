package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hutong.sales.collection.Batch;

/**
 * 分批交付 as people write it: the batches' shares of the contract in percent, in order — "40/60",
 * "30 / 30 / 40" (also with commas, 、 or spaces); blank means the contract delivers at once. That the
 * shares add up to 100 % is the payment-term engine's check; this only reads them.
 */
final class BatchShares {

	static final int MAX_BATCHES = 10;

	private static final Pattern SEPARATORS = Pattern.compile("[/,，、;；\\s]+");

	private static final Pattern SHARE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?%?");

	private BatchShares() {
	}

	/** The batches numbered from 1, none for blank; empty when the text is not a list of shares. */
	static Optional<List<Batch>> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(List.of());
		}
		List<Batch> batches = new ArrayList<>();
		for (String part : SEPARATORS.split(text.strip())) {
			if (!SHARE.matcher(part).matches() || batches.size() == MAX_BATCHES) {
				return Optional.empty();
			}
			batches.add(new Batch(batches.size() + 1, new BigDecimal(part.replace("%", ""))));
		}
		return Optional.of(batches.size() == 1 ? List.of() : List.copyOf(batches));
	}

	/** The shares as stored and shown: "40/60"; null for a contract that delivers at once. */
	static String format(List<Batch> batches) {
		return batches.isEmpty() ? null
				: batches.stream().map(b -> b.percent().stripTrailingZeros().toPlainString()).collect(Collectors.joining("/"));
	}
}
