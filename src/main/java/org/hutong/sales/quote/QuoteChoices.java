package org.hutong.sales.quote;

import java.util.List;
import java.util.Optional;

import org.hutong.customers.CustomerDirectory;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.sales.product.ProductFilter;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductStatus;
import org.hutong.sales.product.ProductView;
import org.hutong.shared.RecordLinks;
import org.hutong.shared.RecordLinks.RecordLink;
import org.springframework.stereotype.Component;

/** What the quote form offers to choose from, read once per form. */
@Component
public class QuoteChoices {

	static final int CUSTOMER_MATCHES = 8;

	private final CustomerDirectory customers;

	private final OpportunityDirectory deals;

	private final ProductSearch products;

	private final Optional<RecordLinks> customerLinks;

	QuoteChoices(CustomerDirectory customers, OpportunityDirectory deals, ProductSearch products,
			List<RecordLinks> links) {
		this.customers = customers;
		this.deals = deals;
		this.products = products;
		this.customerLinks = links.stream().filter(kind -> "customer".equals(kind.kind())).findFirst();
	}

	/** The chosen customer's and deal's names, and the products on sale. */
	public record Form(String customerName, String opportunityName, List<ProductView> products) {
	}

	Form of(SignedInUser me, QuoteForm form) {
		Long customerId = form == null ? null : form.customerId();
		String customerName = customerId == null ? null
				: customers.find(customerId).filter(c -> customers.canRead(me, c.id())).map(c -> c.name()).orElse(null);
		String dealName = form == null || form.opportunityId() == null ? null
				: deals.readable(me, form.opportunityId()).map(OpportunityDirectory.Deal::name).orElse(null);
		List<ProductView> onSale = products.page(new ProductFilter(null, null, ProductStatus.ON_SALE, null, null),
				ProductSearch.MAX_LIMIT).rows();
		return new Form(customerName, dealName, onSale);
	}

	List<RecordLink> customers(String typed) {
		return customerLinks.map(links -> links.matching(typed, CUSTOMER_MATCHES)).orElse(List.of());
	}
}
