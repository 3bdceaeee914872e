package org.hutong.sales.opportunity;

import java.time.Instant;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.OpportunityLost;
import org.hutong.sales.OpportunityStageChanged;
import org.hutong.sales.OpportunityWon;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a stage move tells the other modules: always {@link OpportunityStageChanged}, and besides it
 * {@link OpportunityWon} or {@link OpportunityLost} when the move closed the deal.
 */
final class StageEvents {

	private StageEvents() {
	}

	static void publish(ApplicationEventPublisher events, SignedInUser actor, Opportunity deal, StageAction action,
			String from, String to, StageMove move, Instant now) {
		events.publishEvent(new OpportunityStageChanged(actor.tenantId(), deal.getId(), deal.getCustomerId(),
				deal.getName(), action.name(), from, to, deal.getAmount(), deal.getOwnerId(), actor.userId(), now));
		if (action == StageAction.WON) {
			events.publishEvent(new OpportunityWon(actor.tenantId(), deal.getId(), deal.getCustomerId(), deal.getName(),
					deal.getAmount(), deal.getOwnerId(), actor.userId(), now));
		}
		else if (action == StageAction.LOST) {
			events.publishEvent(new OpportunityLost(actor.tenantId(), deal.getId(), deal.getCustomerId(), deal.getName(),
					deal.getAmount(), move.lostReasonId(), move.wonBy(), deal.getOwnerId(), actor.userId(), now));
		}
	}
}
