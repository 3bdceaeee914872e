package org.hutong.sales.collection;

import java.util.Objects;

/**
 * What a 质保金 term has besides its share: the warranty, which starts at an event of the delivery
 * (final acceptance, usually) and runs for some months, and the base its percent is taken of. Many
 * contracts hold back "不含税金额的 5 %"; the tax difference is then paid with the other terms.
 */
public record Retention(int warrantyMonths, TriggerEvent warrantyFrom, Base base) {

	public enum Base {
		/** the contract amount, tax included */
		TAXED,
		/** the contract amount before tax */
		UNTAXED
	}

	public Retention {
		Objects.requireNonNull(warrantyFrom, "warrantyFrom");
		Objects.requireNonNull(base, "base");
	}

	/** The usual warranty: from final acceptance, on the taxed amount. */
	public static Retention afterFinalAcceptance(int warrantyMonths) {
		return new Retention(warrantyMonths, TriggerEvent.FINAL_ACCEPTANCE, Base.TAXED);
	}

	public Retention onUntaxedAmount() {
		return new Retention(warrantyMonths, warrantyFrom, Base.UNTAXED);
	}
}
