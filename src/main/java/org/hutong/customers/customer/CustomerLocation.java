package org.hutong.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a customer is: province, city and county codes (from {@code shared/data/china-divisions}, a
 * valid cascade checked by the use case) and the street address.
 */
@Embeddable
public class CustomerLocation {

	/** The size of the region code columns. */
	public static final int CODE_LENGTH = 12;

	@Column(name = "province_code", length = CODE_LENGTH)
	private String provinceCode;

	@Column(name = "city_code", length = CODE_LENGTH)
	private String cityCode;

	@Column(name = "county_code", length = CODE_LENGTH)
	private String countyCode;

	private String address;

	protected CustomerLocation() {
	}

	CustomerLocation(String provinceCode, String cityCode, String countyCode, String address) {
		this.provinceCode = provinceCode;
		this.cityCode = cityCode;
		this.countyCode = countyCode;
		this.address = address;
	}

	/** The most precise region code known (county, else city, else province), or {@code null}. */
	public String mostPrecise() {
		return countyCode != null ? countyCode : cityCode != null ? cityCode : provinceCode;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public String getCityCode() {
		return cityCode;
	}

	public String getCountyCode() {
		return countyCode;
	}

	public String getAddress() {
		return address;
	}
}
