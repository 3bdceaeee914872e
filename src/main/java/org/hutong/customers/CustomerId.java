package org.hutong.customers;

/** The id of a 客户, as other modules refer to it: by id only, never by a JPA association. */
public record CustomerId(long value) {

	public static CustomerId of(long value) {
		return new CustomerId(value);
	}
}
