package org.hutong.sales.retention;

import java.time.Clock;
import java.time.LocalDate;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.sales.contract.ContractRetentions;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contract's 质保金 as its page and the API show them, in one transaction. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class RetentionDetails {

	private final RetentionRepository retentions;

	private final ContractRetentions contracts;

	private final Clock clock;

	RetentionDetails(RetentionRepository retentions, ContractRetentions contracts, Clock clock) {
		this.retentions = retentions;
		this.contracts = contracts;
		this.clock = clock;
	}

	public RetentionsView of(SignedInUser user, long contractId) {
		contracts.readable(user, contractId);
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		String currency = contracts.of(contractId).stream().map(ContractRetentions.Retained::currency).findFirst()
			.orElse("CNY");
		return new RetentionsView(contractId, currency,
				retentions.findByContractIdOrderByTermIndex(contractId).stream().map(r -> row(r, today)).toList(),
				user.can(ContractPermissions.WRITE));
	}

	/** One retention the user may see (for the API). */
	public RetentionsView.Row one(SignedInUser user, long retentionId) {
		Retention retention = retentions.findById(retentionId).orElseThrow(RecordNotFound::new);
		contracts.readable(user, retention.getContractId());
		return row(retention, LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT)));
	}

	/** The contract a retention belongs to, once the user may see it. */
	public long contractOf(SignedInUser user, long retentionId) {
		Retention retention = retentions.findById(retentionId).orElseThrow(RecordNotFound::new);
		return contracts.readable(user, retention.getContractId());
	}

	static RetentionsView.Row row(Retention r, LocalDate today) {
		RetentionsView.Guarantee guarantee = r.hasGuarantee() ? new RetentionsView.Guarantee(r.getGuaranteeNumber(),
				r.getGuaranteeBank(), r.getGuaranteeAmount(), r.getGuaranteeIssuedOn(), r.getGuaranteeExpiresOn()) : null;
		return new RetentionsView.Row(r.getId(), r.getName(), r.getAmount(), r.isUntaxedBase(), r.getWarrantyMonths(),
				r.getWarrantyStartsOn(), r.getReleaseOn(), r.status(today), r.blocked(), r.getRequestedOn(), guarantee,
				r.getClaims().stream().map(c -> new RetentionsView.Claim(c.getId(), c.getDescription(), c.getRaisedOn(),
						c.getStatus(), c.getResolution(), c.getResolvedOn(), c.getVersion())).toList(),
				r.getVersion());
	}
}
