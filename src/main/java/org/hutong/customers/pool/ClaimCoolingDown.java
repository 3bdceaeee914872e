package org.hutong.customers.pool;

import java.time.LocalDate;

import org.hutong.customers.customer.OwnershipRefused;

/** The user gave this customer up (or had it reclaimed) too recently to claim it again before a date. */
public class ClaimCoolingDown extends OwnershipRefused {

	ClaimCoolingDown(LocalDate mayClaimFrom) {
		super("poolRule.refused.cooldown", mayClaimFrom.toString());
	}
}
