package org.hutong.sales.retention;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.sales.contract.ContractRetentions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A retention of {@code demo}, its quality claims and the guarantee reminders sent for it are invisible
 * to {@code demo2}: by id, through the contract's 质保金 section and the API. The rows are made straight
 * on demo's first contract.
 */
class RetentionIsolationTests extends TenantIsolationTestBase {

	@Autowired
	RetentionRepository retentions;

	@Autowired
	GuaranteeReminderRepository reminders;

	@Autowired
	EntityManager entityManager;

	/** The contract of the retention made last, read while demo's rows are visible. */
	private long contract;

	@Override
	protected List<Isolated> entities() {
		return List.of(
				new Isolated("retention", this::newRetention, id -> retentions.findById(id).isPresent(),
						id -> get("/sales/contracts/{id}/retentions", contract),
						id -> get("/api/v1/retentions/{id}", id)),
				new Isolated("quality claim", this::newClaim, id -> visible("QualityClaim", id), null, null),
				new Isolated("guarantee reminder", this::newReminder, id -> visible("GuaranteeReminder", id), null, null));
	}

	private long newRetention() {
		contract = entityManager.createQuery("select e.id from Contract e order by e.id", Long.class)
			.setMaxResults(1).getSingleResult();
		var term = new ContractRetentions.Retained(contract, 90 + (int) (System.nanoTime() % 1000), "质保金",
				new BigDecimal("100.00"), false, 12, LocalDate.now(), LocalDate.now().plusMonths(12), BigDecimal.ZERO, 1, 1,
				"HT-ISOLATION", "CNY");
		return retentions.save(new Retention(term, Instant.now())).getId();
	}

	private long newClaim() {
		Retention retention = retentions.findById(newRetention()).orElseThrow();
		retention.raise(new ClaimForm("柜门锁具损坏", LocalDate.now()), 1, Instant.now());
		// saved through a copy of the detached retention: the claim's id is read back
		List<QualityClaim> claims = retentions.saveAndFlush(retention).getClaims();
		return claims.get(claims.size() - 1).getId();
	}

	private long newReminder() {
		return reminders.save(new GuaranteeReminder(newRetention(), LocalDate.now().plusDays(20), Instant.now())).getId();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
			.setParameter("id", id).getSingleResult() > 0;
	}
}
