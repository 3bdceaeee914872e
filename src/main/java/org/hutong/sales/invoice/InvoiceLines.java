package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 发票明细: the rows of an invoice, each a name, an amount with tax and its rate, with its tax split out
 * on the row ({@link TaxSplit}, HALF_UP to the fen) — the invoice's amount is the sum of the rows, its
 * tax the sum of the rows' taxes, never the tax of the sum. A 增值税专用发票 prints one row per item and
 * rate, and the totals per rate ({@link #byRate}).
 */
public record InvoiceLines(List<Item> items) {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	/** One row as split: the amount with tax, its rate in percent, the untaxed part and the tax. */
	public record Item(String name, BigDecimal amount, BigDecimal taxRate, BigDecimal net, BigDecimal tax) {

		static Item of(String name, BigDecimal amount, BigDecimal taxRate) {
			TaxSplit split = TaxSplit.of(amount, taxRate);
			return new Item(name, split.amount(), taxRate, split.net(), split.tax());
		}
	}

	/** What the rows at one rate add up to. */
	public record ByRate(BigDecimal taxRate, BigDecimal amount, BigDecimal net, BigDecimal tax) {
	}

	/** A row before its tax is split out: what a contract line or a form row gives. */
	public record Draft(String name, BigDecimal amount, BigDecimal taxRate) {
	}

	public InvoiceLines {
		items = List.copyOf(items);
	}

	/** The rows as given, each taxed on its own. */
	public static InvoiceLines of(List<Draft> drafts) {
		return new InvoiceLines(drafts.stream().map(d -> Item.of(d.name(), d.amount(), d.taxRate())).toList());
	}

	/** One amount at one rate: the simple request, one row. */
	public static InvoiceLines single(String name, BigDecimal amount, BigDecimal taxRate) {
		return new InvoiceLines(List.of(Item.of(name, amount, taxRate)));
	}

	/** The amount with tax: the rows' amounts summed. */
	public BigDecimal total() {
		return items.stream().map(Item::amount).reduce(ZERO, BigDecimal::add);
	}

	/** The tax: the rows' taxes summed. */
	public BigDecimal tax() {
		return items.stream().map(Item::tax).reduce(ZERO, BigDecimal::add);
	}

	public BigDecimal net() {
		return total().subtract(tax());
	}

	/** The rate all rows share, or null when they carry several. */
	public BigDecimal singleRate() {
		List<BigDecimal> rates = byRate().stream().map(ByRate::taxRate).toList();
		return rates.size() == 1 ? rates.get(0) : null;
	}

	/** The totals per rate, the highest rate first. */
	public List<ByRate> byRate() {
		Map<BigDecimal, List<Item>> grouped = new LinkedHashMap<>();
		items.stream().sorted(Comparator.comparing(Item::taxRate).reversed())
			.forEach(item -> grouped.computeIfAbsent(item.taxRate().stripTrailingZeros(), r -> new ArrayList<>()).add(item));
		return grouped.values().stream().map(rows -> new ByRate(rows.get(0).taxRate(),
				rows.stream().map(Item::amount).reduce(ZERO, BigDecimal::add),
				rows.stream().map(Item::net).reduce(ZERO, BigDecimal::add),
				rows.stream().map(Item::tax).reduce(ZERO, BigDecimal::add))).toList();
	}

	/**
	 * The same rows in the same proportions for another amount: each row's share rounded HALF_UP to
	 * the fen, what rounding leaves over put on the largest row, so the rows add up to the amount;
	 * rows that come to nothing are left out, and each row is taxed again on its new amount.
	 */
	public InvoiceLines scaledTo(BigDecimal amount) {
		BigDecimal target = amount.setScale(2, RoundingMode.HALF_UP);
		BigDecimal whole = total();
		if (whole.compareTo(target) == 0 || items.isEmpty() || whole.signum() <= 0) {
			return this;
		}
		List<BigDecimal> shares = new ArrayList<>();
		int largest = 0;
		for (int i = 0; i < items.size(); i++) {
			shares.add(items.get(i).amount().multiply(target).divide(whole, 2, RoundingMode.HALF_UP));
			if (items.get(i).amount().compareTo(items.get(largest).amount()) > 0) {
				largest = i;
			}
		}
		BigDecimal over = target.subtract(shares.stream().reduce(ZERO, BigDecimal::add));
		shares.set(largest, shares.get(largest).add(over));
		List<Item> scaled = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (shares.get(i).signum() > 0) {
				scaled.add(Item.of(items.get(i).name(), shares.get(i), items.get(i).taxRate()));
			}
		}
		return new InvoiceLines(scaled);
	}

	/**
	 * Rows from a contract's lines, those of the same name and rate as one, scaled to the amount
	 * requested; lines of no amount are left out.
	 */
	public static InvoiceLines fromContract(List<Draft> contractLines, BigDecimal amount) {
		Map<String, Draft> merged = new LinkedHashMap<>();
		contractLines.stream().filter(l -> l.amount() != null && l.amount().signum() > 0)
			.forEach(l -> merged.merge(l.name() + "\u0000" + l.taxRate().stripTrailingZeros().toPlainString(), l,
					(a, b) -> new Draft(a.name(), a.amount().add(b.amount()), a.taxRate())));
		return of(List.copyOf(merged.values())).scaledTo(amount);
	}
}
