package org.hutong.customers.customer;

/** The owner already sees and edits everything, so they cannot also be a 协作人. */
public class OwnerIsNotATeamMember extends RuntimeException {

	OwnerIsNotATeamMember() {
		super("the owner cannot be a team member", null, false, false);
	}
}
