package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a revision changed: lines added, removed, or with another quantity, price or discount; the
 * header discount, validity and terms; the total. Lines are matched by product (free lines by name).
 * Saving a draft version again folds its new changes into those it had, so V2 lists what differs
 * from V1 however many times V2 was saved.
 */
final class QuoteChanges {

	private QuoteChanges() {
	}

	/** What a quote says, kept before it is changed. */
	record Snapshot(Map<String, LineState> lines, BigDecimal headerDiscount, LocalDate validUntil, String deliveryTerms,
			String paymentTerms, BigDecimal total) {

		static Snapshot of(Quote quote) {
			Map<String, LineState> lines = new LinkedHashMap<>();
			quote.getLines().forEach(line -> lines.putIfAbsent(key(line.getProductId(), line.getName()),
					new LineState(line.getName(), line.getQuantity(), line.getUnitPrice(), line.getDiscount())));
			return new Snapshot(lines, quote.getHeaderDiscount(), quote.getValidUntil(), quote.getDeliveryTerms(),
					quote.getPaymentTerms(), quote.getTotal());
		}
	}

	record LineState(String name, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
	}

	static List<QuoteChange> between(Snapshot before, Snapshot after) {
		List<QuoteChange> changes = new ArrayList<>();
		before.lines().forEach((key, old) -> {
			LineState now = after.lines().get(key);
			if (now == null) {
				changes.add(new QuoteChange("lineRemoved", old.name(), null, null));
				return;
			}
			decimal(changes, "quantity", old.name(), old.quantity(), now.quantity());
			decimal(changes, "unitPrice", old.name(), old.unitPrice(), now.unitPrice());
			decimal(changes, "discount", old.name(), old.discount(), now.discount());
		});
		after.lines().forEach((key, now) -> {
			if (!before.lines().containsKey(key)) {
				changes.add(new QuoteChange("lineAdded", now.name(), null, plain(now.quantity())));
			}
		});
		decimal(changes, "headerDiscount", null, before.headerDiscount(), after.headerDiscount());
		text(changes, "validUntil", str(before.validUntil()), str(after.validUntil()));
		text(changes, "deliveryTerms", before.deliveryTerms(), after.deliveryTerms());
		text(changes, "paymentTerms", before.paymentTerms(), after.paymentTerms());
		decimal(changes, "total", null, before.total(), after.total());
		return changes;
	}

	/** Earlier changes of the same draft version and new ones as one list: first "from", last "to". */
	static List<QuoteChange> fold(List<QuoteChange> earlier, List<QuoteChange> later) {
		Map<String, QuoteChange> merged = new LinkedHashMap<>();
		for (QuoteChange change : earlier) {
			merged.put(change.what() + "|" + change.item(), change);
		}
		for (QuoteChange change : later) {
			String key = change.what() + "|" + change.item();
			QuoteChange first = merged.get(key);
			merged.put(key, first == null ? change : new QuoteChange(change.what(), change.item(), first.from(), change.to()));
		}
		return merged.values().stream()
			.filter(change -> change.from() == null || !Objects.equals(change.from(), change.to()))
			.toList();
	}

	static String key(Long productId, String name) {
		return productId != null ? "p" + productId : "n" + name;
	}

	private static void decimal(List<QuoteChange> changes, String what, String item, BigDecimal from, BigDecimal to) {
		if (from == null ? to != null : to == null || from.compareTo(to) != 0) {
			changes.add(new QuoteChange(what, item, plain(from), plain(to)));
		}
	}

	private static void text(List<QuoteChange> changes, String what, String from, String to) {
		if (!Objects.equals(from, to)) {
			changes.add(new QuoteChange(what, null, from == null ? "—" : from, to == null ? "—" : to));
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	private static String str(LocalDate day) {
		return day == null ? null : day.toString();
	}
}
