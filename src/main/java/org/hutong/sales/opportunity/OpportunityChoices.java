package org.hutong.sales.opportunity;

import java.util.List;
import java.util.Optional;

import org.hutong.customers.CustomerDirectory;
import org.hutong.identity.Colleagues;
import org.hutong.identity.DataScopes;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.pipeline.LostReason;
import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.Pipelines;
import org.hutong.sales.product.ProductFilter;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductStatus;
import org.hutong.sales.product.ProductView;
import org.hutong.shared.RecordLinks;
import org.hutong.shared.RecordLinks.RecordLink;
import org.springframework.stereotype.Component;

/** What the opportunity form offers to choose from, read once per form. */
@Component
public class OpportunityChoices {

	static final int CUSTOMER_MATCHES = 8;

	private final CustomerDirectory customers;

	private final Colleagues colleagues;

	private final DataScopes scopes;

	private final Pipelines pipelines;

	private final ProductSearch products;

	private final Optional<RecordLinks> customerLinks;

	OpportunityChoices(CustomerDirectory customers, Colleagues colleagues, DataScopes scopes, Pipelines pipelines,
			ProductSearch products, List<RecordLinks> links) {
		this.customers = customers;
		this.colleagues = colleagues;
		this.scopes = scopes;
		this.pipelines = pipelines;
		this.products = products;
		this.customerLinks = links.stream().filter(kind -> "customer".equals(kind.kind())).findFirst();
	}

	/**
	 * The form's choices: the pipelines, the chosen customer's name and contacts, the owners the
	 * author may give a deal to (their data scope), colleagues for the team, and the products on sale.
	 */
	public record Form(List<PipelineView> pipelines, String customerName, List<CustomerDirectory.ContactSummary> contacts,
			List<Colleagues.Colleague> owners, List<Colleagues.Colleague> colleagues, List<ProductView> products,
			ContactRole[] roles) {
	}

	Form of(SignedInUser me, OpportunityForm form) {
		Long customerId = form == null ? null : form.customerId();
		String customerName = customerId == null ? null
				: customers.find(customerId).filter(c -> customers.canRead(me, c.id())).map(c -> c.name()).orElse(null);
		List<CustomerDirectory.ContactSummary> contacts = customerName == null ? List.of() : customers.contacts(customerId);
		VisibleOwners visible = scopes.of(me);
		List<Colleagues.Colleague> active = colleagues.active();
		List<Colleagues.Colleague> owners = active.stream().filter(c -> visible.includes(c.id())).toList();
		List<ProductView> onSale = products.page(new ProductFilter(null, null, ProductStatus.ON_SALE, null, null),
				ProductSearch.MAX_LIMIT).rows();
		return new Form(pipelines.all(), customerName, contacts, owners, active, onSale, ContactRole.values());
	}

	List<RecordLink> customers(String typed) {
		return customerLinks.map(links -> links.matching(typed, CUSTOMER_MATCHES)).orElse(List.of());
	}

	List<LostReason> lostReasons() {
		return pipelines.lostReasons();
	}
}
