package org.hutong.customers.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer as lists, its page and the API show it.
 *
 * @param region the full region name (河南省 许昌市 魏都区), or {@code null}
 * @param level the 客户级别 option's code; {@code levelLabel} is its name in the reader's language, and so
 *        for industry and source
 * @param ownerId the owner, or {@code null} while in the public pool
 * @param ownerName the owner's display name, or {@code null} while in the public pool
 */
public record CustomerView(long id, String name, String shortName, String creditCode, String level,
		String levelLabel, String industry, String industryLabel, String source, String sourceLabel,
		CustomerStatus status, String province, String city,
		String county, String region, String address, String phone, String website, String remarks, Long ownerId,
		String ownerName, Instant lastFollowUpAt, LocalDate nextFollowUpOn, Instant createdAt, Instant updatedAt,
		long version) {

	public boolean inPool() {
		return ownerId == null;
	}
}
