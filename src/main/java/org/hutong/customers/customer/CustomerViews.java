package org.hutong.customers.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.option.OptionLabels;
import org.hutong.customers.region.Regions;
import org.hutong.identity.Colleagues;
import org.springframework.stereotype.Component;

/** Turns customers into views: owner names and option labels looked up once per page, region codes into names. */
@Component
class CustomerViews {

	private final Colleagues colleagues;

	private final Regions regions;

	private final CustomerOptions options;

	CustomerViews(Colleagues colleagues, Regions regions, CustomerOptions options) {
		this.colleagues = colleagues;
		this.regions = regions;
		this.options = options;
	}

	List<CustomerView> of(List<Customer> customers) {
		Map<Long, String> owners = colleagues.names(customers.stream()
			.map(Customer::getOwnerId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		OptionLabels labels = options.labels();
		return customers.stream()
			.map(customer -> view(customer, customer.isInPool() ? null : owners.get(customer.getOwnerId()), labels))
			.toList();
	}

	CustomerView of(Customer customer) {
		return of(List.of(customer)).get(0);
	}

	/** The customer's 协作人 by name, in the order they were added (by user id). */
	List<CustomerDetail.Member> team(Customer customer) {
		Map<Long, String> names = colleagues
			.names(customer.getTeam().stream().map(TeamMember::getUserId).collect(Collectors.toSet()));
		return customer.getTeam()
			.stream()
			.map(member -> new CustomerDetail.Member(member.getUserId(), names.get(member.getUserId()), member.getAccess()))
			.sorted(Comparator.comparing(CustomerDetail.Member::userId))
			.toList();
	}

	private CustomerView view(Customer c, String ownerName, OptionLabels labels) {
		return new CustomerView(c.getId(), c.getName(), c.getShortName(), c.getCreditCode(), c.getLevel(),
				labels.label(OptionKind.LEVEL, c.getLevel()), c.getIndustry(),
				labels.label(OptionKind.INDUSTRY, c.getIndustry()), c.getSource(),
				labels.label(OptionKind.SOURCE, c.getSource()), c.getStatus(), c.getLocation().getProvinceCode(),
				c.getLocation().getCityCode(), c.getLocation().getCountyCode(), region(c), c.getLocation().getAddress(), c.getPhone(), c.getWebsite(), c.getRemarks(), c.getOwnerId(), ownerName,
				c.getLastFollowUpAt(), c.getNextFollowUpOn(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
	}

	private String region(Customer c) {
		String mostPrecise = c.getLocation().mostPrecise();
		return regions.fullName(mostPrecise).orElse(null);
	}
}
