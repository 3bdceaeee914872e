package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals as the rest of sales reads them (a quote made from one, a tender on one): what they are, and
 * whether a user may see them — by the same rule as the deal's own page.
 */
@Service
@Transactional(readOnly = true)
public class OpportunityDirectory {

	private final OpportunityAccess access;

	OpportunityDirectory(OpportunityAccess access) {
		this.access = access;
	}

	/** A deal, its customer and its product lines. */
	public record Deal(long id, String name, long customerId, long ownerId, List<Line> lines) {
	}

	public record Line(long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
	}

	/** The deal if it is there and the user may see it. */
	public Optional<Deal> readable(SignedInUser user, long id) {
		try {
			Opportunity found = access.readable(user, id);
			return Optional.of(new Deal(found.getId(), found.getName(), found.getCustomerId(), found.getOwnerId(),
					found.getLines().stream()
						.map(line -> new Line(line.getProductId(), line.getQuantity(), line.getUnitPrice(),
								line.getDiscount()))
						.toList()));
		}
		catch (RecordNotFound hidden) {
			return Optional.empty();
		}
	}
}
