package org.hutong.customers.customer;

import java.time.Instant;
import java.util.Optional;

/**
 * 协作人: the colleagues a customer is shared with, to read or to change; the owner needs no sharing.
 * A view on the customer's team members, changed only while the customer is live.
 */
public final class CustomerTeam {

	private final Customer customer;

	CustomerTeam(Customer customer) {
		this.customer = customer;
	}

	/** Shares the customer with a colleague, or changes what they may do. */
	public void share(long userId, TeamAccess access, Instant now) {
		customer.requireLive();
		if (customer.getOwnerId() != null && customer.getOwnerId() == userId) {
			throw new OwnerIsNotATeamMember();
		}
		Optional<TeamMember> member = member(userId);
		if (member.isPresent()) {
			member.get().grant(access);
		}
		else {
			customer.members().add(new TeamMember(customer, userId, access));
		}
		customer.touch(now);
	}

	public void unshare(long userId, Instant now) {
		customer.requireLive();
		if (customer.members().removeIf(member -> member.getUserId() == userId)) {
			customer.touch(now);
		}
	}

	public Optional<TeamMember> member(long userId) {
		return customer.members().stream().filter(member -> member.getUserId() == userId).findFirst();
	}

	/** Owner or 协作人: the users who see this customer's contacts in full. */
	public boolean isOwnedOrSharedWith(long userId) {
		return (customer.getOwnerId() != null && customer.getOwnerId() == userId) || member(userId).isPresent();
	}

	public boolean isSharedForWriting(long userId) {
		return member(userId).map(member -> member.getAccess() == TeamAccess.WRITE).orElse(false);
	}
}
