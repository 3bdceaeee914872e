package org.hutong.customers.customer;

import java.util.List;

import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.region.Regions;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the customer list's 筛选 sheet offers: levels, industries, regions, statuses, orders and, on
 * 团队, the 负责人 the viewer's data scope shows and the department tree; and the per-owner counts
 * with their names.
 */
@Component
class CustomerListChoices {

	private final Regions regions;

	private final CustomerOptions options;

	private final OrgChart org;

	private final DataScopes scopes;

	private final Colleagues colleagues;

	CustomerListChoices(Regions regions, CustomerOptions options, OrgChart org, DataScopes scopes,
			Colleagues colleagues) {
		this.regions = regions;
		this.options = options;
		this.org = org;
		this.scopes = scopes;
		this.colleagues = colleagues;
	}

	void addTo(Model model, SignedInUser me, CustomerFilter filter) {
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("cities", filter.province() == null ? List.of() : regions.citiesOf(filter.province()));
		model.addAttribute("levels", options.choices(OptionKind.LEVEL));
		model.addAttribute("industries", options.choices(OptionKind.INDUSTRY));
		model.addAttribute("statuses", CustomerStatus.values());
		model.addAttribute("scopes", CustomerScope.values());
		model.addAttribute("sorts", CustomerSort.values());
		boolean team = filter.scope() == CustomerScope.TEAM;
		model.addAttribute("owners", team ? owners(me) : List.of());
		model.addAttribute("departments", team ? org.units() : List.of());
	}

	/** The active people whose customers the viewer's data scope shows, by name. */
	private List<OrgChart.Member> owners(SignedInUser me) {
		return org.membersVisibleTo(scopes.of(me));
	}

	/** The per-owner counts, named. */
	List<OwnerCounts.Owner> named(OwnerCounts counts) {
		return counts.isEmpty() ? List.of() : counts.top(colleagues.names(counts.byOwner().keySet()));
	}
}
