package org.hutong.sales.collection;

import java.math.BigDecimal;

/**
 * One thing wrong with a contract's terms, named by a message key (the page words it in the user's
 * language). {@code term} is the term's index in order, from 0, and {@code batch} a batch's number;
 * both are null when the problem is the contract's as a whole. The difference is set only for sums
 * that miss: what is missing to reach 100 % (negative when the shares go over), in yuan rounded to
 * the fen and in percent of the contract with two decimals.
 */
public record Problem(String key, Integer term, Integer batch, BigDecimal differenceAmount,
		BigDecimal differencePercent) {

	static Problem ofContract(String key) {
		return new Problem(key, null, null, null, null);
	}

	static Problem ofTerm(int term, String key) {
		return new Problem(key, term, null, null, null);
	}

	static Problem ofBatch(int batch, String key) {
		return new Problem(key, null, batch, null, null);
	}

	static Problem ofSum(String key, BigDecimal amount, BigDecimal percent) {
		return new Problem(key, null, null, amount, percent);
	}
}
