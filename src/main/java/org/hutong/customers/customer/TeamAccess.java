package org.hutong.customers.customer;

/** What a 协作人 may do: read only, or read and write. Labels: {@code customer.team.access.<name>}. */
public enum TeamAccess {
	READ, WRITE
}
