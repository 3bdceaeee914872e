package org.hutong.sales.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.sales.contract.ContractRetentions;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What the contract's side does about a 质保金: raises the customer's quality claims and resolves
 * them, records a bank guarantee given instead of the cash, and — once the warranty has ended and no
 * claim is open — asks the money back (退还申请). Each under the retention's row lock, so a claim
 * raised at the moment someone asks the money back either blocks the request or comes after it.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_WRITE)
public class RetentionManagement {

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private final RetentionRepository retentions;

	private final ContractRetentions contracts;

	private final Clock clock;

	RetentionManagement(RetentionRepository retentions, ContractRetentions contracts, Clock clock) {
		this.retentions = retentions;
		this.contracts = contracts;
		this.clock = clock;
	}

	/** 申请退还: refused while the warranty runs, while a claim is open, or when already asked. */
	public void request(SignedInUser actor, long retentionId, long version, Errors errors) {
		Retention retention = locked(actor, retentionId, version);
		String why = retention.whyNotRequestable(today());
		if (why != null) {
			errors.reject(why);
			return;
		}
		retention.requested(today(), actor.userId(), clock.instant());
	}

	/** A quality claim against the retention; answers its id, or null when {@code errors} says why not. */
	public Long raise(SignedInUser actor, long retentionId, ClaimForm form, Errors errors) {
		Retention retention = locked(actor, retentionId, null);
		if (retention.getState() == RetentionState.COLLECTED) {
			errors.reject("retention.claim.collected");
		}
		if (form.raisedOn() != null && !pastOrToday(form.raisedOn())) {
			errors.rejectValue("raisedOn", "retention.day.range", new Object[] { today().toString() }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		QualityClaim claim = retention.raise(form, actor.userId(), clock.instant());
		retentions.flush();
		return claim.getId();
	}

	/** The claim is settled (repaired, replaced, agreed): it no longer holds the release back. */
	public void resolve(SignedInUser actor, long retentionId, long claimId, long version, String resolution,
			Errors errors) {
		Retention retention = locked(actor, retentionId, null);
		QualityClaim claim = retention.getClaims().stream().filter(c -> c.getId() == claimId).findFirst()
			.orElseThrow(RecordNotFound::new);
		if (claim.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(QualityClaim.class, claimId);
		}
		if (!claim.open()) {
			errors.reject("retention.claim.resolved");
			return;
		}
		String text = resolution == null ? "" : resolution.strip();
		if (text.isEmpty() || text.length() > 500) {
			errors.rejectValue("resolution", "retention.claim.resolution.required");
			return;
		}
		claim.resolve(text, today());
	}

	/**
	 * 质量保函 instead of cash: recorded on the retention, and the contract told the customer has it
	 * (terms that wait for a guarantee may then be collected).
	 */
	public void guarantee(SignedInUser actor, long retentionId, GuaranteeForm form, Errors errors) {
		Retention retention = locked(actor, retentionId, form.version());
		if (form.issuedOn() != null && !pastOrToday(form.issuedOn())) {
			errors.rejectValue("issuedOn", "retention.day.range", new Object[] { today().toString() }, null);
		}
		if (form.expiresOn() != null && !sensible(form.expiresOn())) {
			errors.rejectValue("expiresOn", "retention.date.range");
		}
		else if (form.expiresOn() != null && form.issuedOn() != null && !form.expiresOn().isAfter(form.issuedOn())) {
			errors.rejectValue("expiresOn", "retention.guarantee.expiresBeforeIssue");
		}
		if (errors.hasErrors()) {
			return;
		}
		Instant now = clock.instant();
		retention.guarantee(form, now);
		contracts.guaranteeReceived(retention.getContractId(), form.issuedOn());
	}

	private Retention locked(SignedInUser actor, long retentionId, Long version) {
		// locked before anything else reads it: a copy read earlier in this transaction would be stale once the lock is ours
		Retention retention = retentions.lockById(retentionId).orElseThrow(RecordNotFound::new);
		contracts.readable(actor, retention.getContractId());
		if (version != null && retention.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Retention.class, retentionId);
		}
		return retention;
	}

	private boolean pastOrToday(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && !day.isAfter(today());
	}

	private static boolean sensible(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
	}
}
