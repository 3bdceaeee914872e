package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's 开票记录 as its page and the API show them: contracted, issued (invoiced), requested and
 * still to invoice; the invoices newest first with the terms each is for; the new request's defaults
 * (the buyer's details remembered for the customer, the contract's tax rate); the issued invoices'
 * totals per tax rate; what the reader may do.
 *
 * @param mayRequest whether the reader may request an invoice (the contract in effect, its write permission)
 * @param mayIssue whether the reader records issued invoices (财务)
 */
public record InvoicesView(long contractId, String currency, BigDecimal total, BigDecimal invoiced,
		BigDecimal requested, List<Row> invoices, List<String> terms, InvoiceForm defaults, boolean mayRequest,
		boolean mayIssue, List<InvoiceLines.ByRate> issuedByRate) {

	/**
	 * One invoice: as requested — its rows, their totals per rate, the amount and tax they sum to, the
	 * rate when they share one (null when mixed) — and as issued once it is.
	 */
	public record Row(long id, long contractId, String number, InvoiceKind kind, String buyerName,
			String buyerTaxNumber, String buyerAddressPhone, String buyerBankAccount, BigDecimal amount,
			BigDecimal taxRate, BigDecimal tax, String remarks, InvoiceStatus status, String invoiceNumber,
			LocalDate issuedOn, BigDecimal issuedAmount, BigDecimal issuedTax, String fileName, String rejection,
			String voidReason, List<Part> parts, List<InvoiceLines.Item> lines, List<InvoiceLines.ByRate> byRate,
			long version) {

		/** The amount before tax the rows sum to. */
		public BigDecimal net() {
			return amount.subtract(tax);
		}

		public boolean hasFile() {
			return fileName != null;
		}
	}

	/** So much of an invoice on the term of that name. */
	public record Part(String term, BigDecimal amount) {
	}

	/** What is still to invoice: the contract's amount less what is issued. */
	public BigDecimal uninvoiced() {
		return total.subtract(invoiced);
	}
}
