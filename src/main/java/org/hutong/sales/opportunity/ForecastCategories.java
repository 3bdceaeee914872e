package org.hutong.sales.opportunity;

import java.time.Clock;

import org.hutong.identity.SignedInUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The owner's 预测分类 of an open deal, from the picker on its page or the API; a closed deal keeps what it had. */
@Service
@Transactional
@PreAuthorize(OpportunityPermissions.MAY_WRITE)
public class ForecastCategories {

	private final OpportunityAccess access;

	private final Clock clock;

	ForecastCategories(OpportunityAccess access, Clock clock) {
		this.access = access;
		this.clock = clock;
	}

	public void categorize(SignedInUser actor, long id, ForecastCategory category, Long version, Errors errors) {
		Opportunity opportunity = access.writable(actor, id);
		if (version != null && version != opportunity.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
		}
		if (category == null) {
			errors.rejectValue("category", "opportunity.forecast.required");
			return;
		}
		if (!opportunity.isOpen()) {
			errors.reject("opportunity.forecast.closed");
			return;
		}
		opportunity.categorize(category, clock.instant());
	}
}
