package org.hutong.sales.collection;

import static org.hutong.sales.collection.TriggerEvent.ARRIVAL;
import static org.hutong.sales.collection.TriggerEvent.FINAL_ACCEPTANCE;
import static org.hutong.sales.collection.TriggerEvent.SIGNING;
import static org.hutong.sales.collection.TriggerEvent.WARRANTY_END;

import java.util.List;
import java.util.Optional;

/**
 * The stock templates every enterprise starts with, the splits its sales staff name by their numbers.
 * Advances are paid within 7 days of signing; arrival and acceptance payments within 30 days (the
 * usual 30-day payment run); retention when a 12-month warranty from final acceptance ends.
 * <ul>
 * <li>30/60/10 — 预付款 30 % on signing · 到货款 60 % on arrival · 质保金 10 %</li>
 * <li>10/80/10 — 预付款 10 % on signing · 验收款 80 % on final acceptance · 质保金 10 %: for projects
 * whose worth shows only once installed and accepted</li>
 * <li>30/65/5 — 预付款 30 % on signing · 验收款 65 % on final acceptance · 质保金 5 %</li>
 * <li>97/3 — 验收款 97 % on final acceptance, once invoiced (buyers that pay nothing in advance pay
 * against an invoice) · 质保金 3 %</li>
 * </ul>
 * Arrival and acceptance payments are paid batch by batch when a contract delivers in batches.
 */
public final class TermTemplates {

	private static final List<TermTemplate> STOCK = List.of(
			new TermTemplate("30/60/10", List.of(advance("30"), onArrival("60"), retention("10"))),
			new TermTemplate("10/80/10", List.of(advance("10"), onAcceptance("80"), retention("10"))),
			new TermTemplate("30/65/5", List.of(advance("30"), onAcceptance("65"), retention("5"))),
			new TermTemplate("97/3", List.of(onAcceptance("97").withPreconditions(Precondition.INVOICE_ISSUED),
					retention("3"))));

	private TermTemplates() {
	}

	public static List<TermTemplate> stock() {
		return STOCK;
	}

	public static Optional<TermTemplate> stock(String name) {
		return STOCK.stream().filter(template -> template.name().equals(name)).findFirst();
	}

	private static PaymentTerm advance(String percent) {
		return PaymentTerm.of("预付款", Share.percent(percent), SIGNING, Offset.days(7));
	}

	private static PaymentTerm onArrival(String percent) {
		return PaymentTerm.of("到货款", Share.percent(percent), ARRIVAL, Offset.days(30));
	}

	private static PaymentTerm onAcceptance(String percent) {
		return PaymentTerm.of("验收款", Share.percent(percent), FINAL_ACCEPTANCE, Offset.days(30));
	}

	private static PaymentTerm retention(String percent) {
		return PaymentTerm.of("质保金", Share.percent(percent), WARRANTY_END, Offset.NONE)
			.withRetention(Retention.afterFinalAcceptance(12));
	}
}
