package org.hutong.sales.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's 质保金 as its page and the API show them.
 *
 * @param mayWrite whether the reader may raise claims, record a guarantee and ask the retention back
 */
public record RetentionsView(long contractId, String currency, List<Row> retentions, boolean mayWrite) {

	/** One retention with its claims; {@code blocked} when an open claim holds the release back. */
	public record Row(long id, String name, BigDecimal amount, boolean untaxedBase, int warrantyMonths,
			LocalDate warrantyStartsOn, LocalDate releaseOn, RetentionStatus status, boolean blocked,
			LocalDate requestedOn, Guarantee guarantee, List<Claim> claims, long version) {
	}

	/** 质量保函 standing in for the cash. */
	public record Guarantee(String number, String bank, BigDecimal amount, LocalDate issuedOn, LocalDate expiresOn) {
	}

	public record Claim(long id, String description, LocalDate raisedOn, ClaimStatus status, String resolution,
			LocalDate resolvedOn, long version) {
	}
}
