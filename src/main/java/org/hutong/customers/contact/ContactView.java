package org.hutong.customers.contact;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A contact as pages and the API show it.
 *
 * @param mobile the mobile, masked ({@code 138****5678}) for a viewer who neither owns nor shares the customer
 * @param masked whether {@code mobile} is masked
 */
public record ContactView(long id, long customerId, String name, String mobile, String phone, String email,
		String wechat, String title, String department, boolean decisionMaker, String remarks, boolean masked,
		long version) {

	/** Department and title, those that are set: 采购部 · 主任. */
	public String role() {
		return Stream.of(department, title).filter(Objects::nonNull).collect(Collectors.joining(" · "));
	}

	/** Masks the middle four digits of a mobile: 13812345678 → 138****5678. */
	public static String mask(String mobile) {
		if (mobile == null || mobile.length() < 7) {
			return mobile;
		}
		return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
	}

	static ContactView of(Contact c, boolean masked) {
		return new ContactView(c.getId(), c.getCustomerId(), c.getName(), masked ? mask(c.getMobile()) : c.getMobile(),
				c.getPhone(), c.getEmail(), c.getWechat(), c.getTitle(), c.getDepartment(), c.isDecisionMaker(),
				c.getRemarks(), masked, c.getVersion());
	}
}
