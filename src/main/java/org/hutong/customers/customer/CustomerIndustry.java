package org.hutong.customers.customer;

/** 行业. A fixed list for now, tenant-editable later. Labels: {@code customer.industry.<name>}. */
public enum CustomerIndustry {
	POWER_GRID, POWER_GENERATION, NEW_ENERGY, RAIL_TRANSIT, PETROCHEMICAL, METALLURGY, MANUFACTURING,
	INDUSTRIAL_PARK, PUBLIC_UTILITY, CONSTRUCTION, OTHER
}
