package org.hutong.customers.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What the customer form and the API submit. Credit code, region and duplicates are checked by
 * {@link CustomerManagement}; blank optional fields become {@code null}. The region is three codes,
 * named as the cascading pickers' endpoints expect them. Level, industry and source are option codes
 * ({@code CustomerOptions}), checked by {@link CustomerManagement}.
 *
 * @param confirmSimilar the user saw the "similar name" warning and saves anyway
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record CustomerForm(
		@NotBlank(message = "{customer.required}") @Size(max = 100, message = "{customer.tooLong}") String name,
		@Size(max = 50, message = "{customer.tooLong}") String shortName,
		String creditCode,
		String level,
		String industry,
		String source,
		CustomerStatus status,
		String province,
		String city,
		String county,
		@Size(max = 200, message = "{customer.tooLong}") String address,
		@Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{customer.phone.invalid}") String phone,
		@Size(max = 200, message = "{customer.tooLong}") String website,
		@Size(max = 2000, message = "{customer.tooLong}") String remarks,
		Boolean confirmSimilar,
		Long version) {

	public CustomerForm {
		name = Texts.clean(name);
		shortName = Texts.clean(shortName);
		creditCode = Texts.clean(creditCode);
		level = Texts.clean(level);
		industry = Texts.clean(industry);
		source = Texts.clean(source);
		province = Texts.clean(province);
		city = Texts.clean(city);
		county = Texts.clean(county);
		address = Texts.clean(address);
		phone = Texts.clean(phone);
		website = Texts.clean(website);
		remarks = Texts.clean(remarks);
		status = status == null ? CustomerStatus.POTENTIAL : status;
		confirmSimilar = Boolean.TRUE.equals(confirmSimilar);
	}

	static CustomerForm blank() {
		return named(null);
	}

	/** A form with only a name, the rest left empty: for fixtures and the demo. */
	public static CustomerForm named(String name) {
		return new CustomerForm(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
				false, null);
	}

	/** The same form with the credit code as {@code CreditCode.normalise} gives it. */
	CustomerForm withCreditCode(String code) {
		return new CustomerForm(name, shortName, code, level, industry, source, status, province, city, county,
				address, phone, website, remarks, confirmSimilar, version);
	}

	/** The same form editing the given version, e.g. the one an API client names in {@code If-Match}. */
	public CustomerForm withVersion(Long version) {
		return new CustomerForm(name, shortName, creditCode, level, industry, source, status, province, city, county,
				address, phone, website, remarks, confirmSimilar, version);
	}

	/** This form with each empty field taken from {@code other}; the region as a whole, the name and status kept. */
	CustomerForm filledFrom(CustomerForm other) {
		boolean region = province == null;
		return new CustomerForm(name, or(shortName, other.shortName), or(creditCode, other.creditCode),
				or(level, other.level), or(industry, other.industry), or(source, other.source), status,
				region ? other.province : province, region ? other.city : city, region ? other.county : county,
				or(address, other.address), or(phone, other.phone), or(website, other.website),
				or(remarks, other.remarks), confirmSimilar, version);
	}

	private static String or(String value, String fallback) {
		return value != null ? value : fallback;
	}

	static CustomerForm of(Customer customer) {
		return new CustomerForm(customer.getName(), customer.getShortName(), customer.getCreditCode(),
				customer.getLevel(), customer.getIndustry(), customer.getSource(), customer.getStatus(),
				customer.getLocation().getProvinceCode(), customer.getLocation().getCityCode(),
				customer.getLocation().getCountyCode(), customer.getLocation().getAddress(),
				customer.getPhone(), customer.getWebsite(), customer.getRemarks(), false, customer.getVersion());
	}
}
