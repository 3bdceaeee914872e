package org.hutong.sales.collection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much of the contract a term is worth, in the three ways contracts write it. Each kind holds a
 * positive {@link #value()} with up to two decimals; checking that is {@link ContractTerms#check()}'s
 * job, so a form can show every problem at once instead of failing on the first.
 */
public sealed interface Share permits Share.Percent, Share.UpTo, Share.Fixed {

	BigDecimal value();

	/**
	 * "合同金额的 30 %": a percent of the contract amount, or of the untaxed amount for a retention so
	 * configured.
	 */
	record Percent(BigDecimal value) implements Share {

		public Percent {
			Objects.requireNonNull(value, "value");
		}
	}

	/**
	 * "支付至 90 %": cumulative, the contract is paid up to this percent in total once the term is paid,
	 * so the term is worth the percent less what the earlier terms in order already reach.
	 */
	record UpTo(BigDecimal value) implements Share {

		public UpTo {
			Objects.requireNonNull(value, "value");
		}
	}

	/** A fixed amount in yuan. */
	record Fixed(BigDecimal value) implements Share {

		public Fixed {
			Objects.requireNonNull(value, "value");
		}
	}

	static Share percent(String percent) {
		return new Percent(new BigDecimal(percent));
	}

	static Share upTo(String percent) {
		return new UpTo(new BigDecimal(percent));
	}

	static Share fixed(String yuan) {
		return new Fixed(new BigDecimal(yuan));
	}
}
