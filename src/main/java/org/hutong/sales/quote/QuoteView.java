package org.hutong.sales.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A quote on its own page, in the API and in its PDF: the row, its terms, lines, totals, versions,
 * where its discount approval stands against the reader's limit, and what the reader may do.
 *
 * @param discountLimit the deepest discount the reader may give without approval, in percent
 * @param needsApproval whether the discount, as it stands, may not go out without an approval
 */
public record QuoteView(QuoteRow row, String opportunityName, BigDecimal headerDiscount, BigDecimal referenceTotal,
		BigDecimal netTotal, BigDecimal taxTotal, String deliveryTerms, String paymentTerms, String remarks,
		Long approvalRequestId, BigDecimal approvedDiscount, Instant sentAt, Instant decidedAt, Instant createdAt,
		List<Line> lines, List<Revision> revisions, BigDecimal discountLimit, boolean needsApproval, boolean mayWrite,
		boolean mayDelete) {

	public record Line(int position, Long productId, String name, String spec, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal referencePrice, BigDecimal discount, BigDecimal taxRate, BigDecimal net,
			BigDecimal tax, BigDecimal total) {
	}

	public record Revision(int revision, List<QuoteChange> changes, BigDecimal total, BigDecimal discountRate,
			String authorName, Instant at) {
	}

	public long id() {
		return row.id();
	}

	public long version() {
		return row.version();
	}

	public BigDecimal discountAmount() {
		return referenceTotal.subtract(netTotal).max(BigDecimal.ZERO);
	}
}
