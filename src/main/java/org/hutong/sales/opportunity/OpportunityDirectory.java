package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	private final OpportunityRepository opportunities;

	OpportunityDirectory(OpportunityAccess access, OpportunityRepository opportunities) {
		this.access = access;
		this.opportunities = opportunities;
	}

	/** A deal to pick from a list: its id and name. */
	public record Choice(long id, String name) {
	}

	/** The user's own open deals, newest first (a hundred at most): the choice when a record is made on one. */
	public List<Choice> openOf(SignedInUser user) {
		return opportunities.findTop100ByOwnerIdAndOutcomeIsNullAndDeletedAtIsNullOrderByIdDesc(user.userId()).stream()
			.map(deal -> new Choice(deal.getId(), deal.getName())).toList();
	}

	/** The customer's deals the user may see, newest first (a hundred at most): the choice when a record of the customer names one. */
	public List<Choice> ofCustomer(SignedInUser user, long customerId) {
		return opportunities.findTop100ByCustomerIdAndDeletedAtIsNullOrderByIdDesc(customerId).stream()
			.filter(deal -> access.mayRead(user, deal)).map(deal -> new Choice(deal.getId(), deal.getName())).toList();
	}

	/** The names of these deals of the enterprise, for rows of records made on them (a tender's list). */
	public Map<Long, String> names(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: opportunities.findAllById(ids).stream().collect(Collectors.toMap(Opportunity::getId, Opportunity::getName));
	}

	/** A deal, its customer and its product lines. */
	public record Deal(long id, String name, long customerId, long ownerId, List<Line> lines) {
	}

	public record Line(long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
	}

	/** The deal if it is there and the user may see it. */
	public Optional<Deal> readable(SignedInUser user, long id) {
		try {
			return Optional.of(deal(access.readable(user, id)));
		}
		catch (RecordNotFound hidden) {
			return Optional.empty();
		}
	}

	/** Whether the user may open the deal's page: the read permission and the deal's own rule. */
	public boolean canRead(SignedInUser user, long id) {
		return user.can(OpportunityPermissions.READ) && readable(user, id).isPresent();
	}

	/** The deal's name, when it is there. */
	public Optional<String> name(long id) {
		return opportunities.findByIdAndDeletedAtIsNull(id).map(Opportunity::getName);
	}

	/** The deal the user may work: "not found" when they may not see it, "forbidden" when only see it. */
	public Deal writable(SignedInUser user, long id) {
		return deal(access.writable(user, id));
	}

	private static Deal deal(Opportunity found) {
		return new Deal(found.getId(), found.getName(), found.getCustomerId(), found.getOwnerId(),
				found.getLines().stream()
					.map(line -> new Line(line.getProductId(), line.getQuantity(), line.getUnitPrice(), line.getDiscount()))
					.toList());
	}
}
