package org.hutong.sales.contract;

import java.time.Clock;
import java.time.LocalDate;

import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: contracts signed before the enterprise kept them in Hutong, in effect since a day
 * without a 合同审批 here — so the demo's history of two years can be written on first start. No such
 * bean exists outside demo mode.
 */
@Component
@ConditionalOnBooleanProperty("hutong.demo")
@Transactional(propagation = Propagation.MANDATORY)
public class LegacyContracts {

	private final ContractRepository contracts;

	private final Clock clock;

	LegacyContracts(ContractRepository contracts, Clock clock) {
		this.contracts = contracts;
		this.clock = clock;
	}

	/** The draft is in effect since that day. */
	public void effectiveSince(long id, LocalDate day) {
		contracts.findById(id).orElseThrow(RecordNotFound::new)
			.effectiveSince(day.atStartOfDay(EnterpriseZone.DEFAULT).toInstant(), clock.instant());
	}
}
