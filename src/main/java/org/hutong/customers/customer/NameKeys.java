package org.hutong.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.shared.Pinyin;

/**
 * What a customer is found and compared by, derived from its name: the normalised name (duplicate
 * control), full pinyin (search and the 名称 sort) and pinyin initials ({@code sddl} finds 四达电力).
 * Queries name its parts {@code keys.nameNormalised}, {@code keys.namePinyin}, {@code keys.nameInitials}.
 */
@Embeddable
public class NameKeys {

	@Column(name = "name_normalised")
	private String nameNormalised;

	@Column(name = "name_pinyin")
	private String namePinyin;

	@Column(name = "name_initials")
	private String nameInitials;

	protected NameKeys() {
	}

	static NameKeys of(String name) {
		NameKeys keys = new NameKeys();
		keys.nameNormalised = CompanyNames.normalise(name);
		keys.namePinyin = Pinyin.full(name);
		keys.nameInitials = Pinyin.initials(name);
		return keys;
	}

	public String getNameNormalised() {
		return nameNormalised;
	}

	public String getNamePinyin() {
		return namePinyin;
	}

	public String getNameInitials() {
		return nameInitials;
	}
}
