package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.hutong.sales.collection.Batch;
import org.hutong.sales.collection.ContractTerms;

/**
 * The amount a 补充协议 gives a contract, with tax and without: the difference to the current total
 * is split into amount and tax at the amendment's rate, to the fen, so the lines' own rounding of
 * what was signed stays as it was; the batches are those it delivers in after the amendment.
 */
record AmendedTotal(BigDecimal total, BigDecimal net, List<Batch> batches) {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	static AmendedTotal of(Contract contract, BigDecimal newTotal, BigDecimal taxRate, List<Batch> batches) {
		BigDecimal difference = newTotal.subtract(contract.getTotal());
		BigDecimal net = difference.multiply(HUNDRED).divide(HUNDRED.add(taxRate), 2, RoundingMode.HALF_UP);
		return new AmendedTotal(newTotal, contract.getNetTotal().add(net), batches);
	}

	BigDecimal tax() {
		return total.subtract(net);
	}

	/** These forms as the terms of the contract at this amount, paid by its batches, to check them. */
	ContractTerms terms(List<TermForm> forms) {
		return ContractTerms.of(total, forms.stream().map(ContractTerm::payment).toList()).withUntaxedAmount(net).inBatches(batches);
	}
}
