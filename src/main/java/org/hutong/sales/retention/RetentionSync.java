package org.hutong.sales.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.sales.AcceptanceRecorded;
import org.hutong.sales.ContractAmended;
import org.hutong.sales.ContractSigned;
import org.hutong.sales.PaymentReceived;
import org.hutong.sales.RetentionReleased;
import org.hutong.sales.contract.ContractRetentions;
import org.hutong.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each contract's 质保金 records in step with its plan: made when the contract takes effect,
 * dated when it is finally accepted, collected when the term is paid in full. Each event only makes
 * the records read the contract again, so a replayed or late event changes nothing twice; the
 * collected one says {@link RetentionReleased} once.
 */
@Component
public class RetentionSync {

	private final RetentionRepository retentions;

	private final ContractRetentions contracts;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionSync(RetentionRepository retentions, ContractRetentions contracts, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.retentions = retentions;
		this.contracts = contracts;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** Outside a transaction of its own: the enterprise has to be set before the session opens. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ContractSigned signed) {
		follow(signed.tenantId(), signed.contractId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AcceptanceRecorded accepted) {
		follow(accepted.tenantId(), accepted.contractId());
	}

	/** A 补充协议 may change the retention's share or warranty. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ContractAmended amended) {
		follow(amended.tenantId(), amended.contractId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentReceived received) {
		follow(received.tenantId(), received.contractId());
	}

	/** The contract's retention records as its plan has them now. */
	public void follow(long tenantId, long contractId) {
		TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> follow(contractId)));
	}

	private void follow(long contractId) {
		Instant now = clock.instant();
		Map<Integer, Retention> held = retentions.lockByContractId(contractId).stream()
			.collect(Collectors.toMap(Retention::getTermIndex, Function.identity()));
		List<ContractRetentions.Retained> terms = contracts.of(contractId);
		for (ContractRetentions.Retained term : terms) {
			Retention retention = held.get(term.term());
			if (retention == null) {
				retention = retentions.save(new Retention(term, now));
				if (retention.getState() == RetentionState.COLLECTED) {
					released(retention, term, now);
				}
			}
			else if (retention.follow(term, now)) {
				released(retention, term, now);
			}
		}
	}

	private void released(Retention retention, ContractRetentions.Retained term, Instant now) {
		events.publishEvent(new RetentionReleased(TenantContext.require(), retention.getId(), term.contractId(),
				term.contractNumber(), term.customerId(), term.collected(), term.ownerId(), now));
	}
}
