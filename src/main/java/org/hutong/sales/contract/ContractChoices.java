package org.hutong.sales.contract;

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

/** What the new-contract form and the line editor offer to choose from, read once per form. */
@Component
public class ContractChoices {

	static final int CUSTOMER_MATCHES = 8;

	private final CustomerDirectory customers;

	private final OpportunityDirectory deals;

	private final ProductSearch products;

	private final Optional<RecordLinks> customerLinks;

	ContractChoices(CustomerDirectory customers, OpportunityDirectory deals, ProductSearch products,
			List<RecordLinks> links) {
		this.customers = customers;
		this.deals = deals;
		this.products = products;
		this.customerLinks = links.stream().filter(kind -> "customer".equals(kind.kind())).findFirst();
	}

	/** The chosen customer's name (null: none chosen, or not one the user may read), its deals, and the products on sale. */
	public record Form(String customerName, List<OpportunityDirectory.Choice> deals, List<ProductView> products) {
	}

	Form of(SignedInUser me, Long customerId) {
		String name = customerId == null ? null
				: customers.find(customerId).filter(c -> customers.canRead(me, c.id())).map(c -> c.name()).orElse(null);
		return new Form(name, name == null ? List.of() : deals.ofCustomer(me, customerId), onSale());
	}

	/** A new contract's form for a customer, or for a deal: its customer and the deal chosen. */
	NewContractForm formFor(SignedInUser me, Long customerId, Long opportunityId) {
		if (opportunityId == null) {
			return NewContractForm.blank(customerId, null);
		}
		return deals.readable(me, opportunityId).map(deal -> NewContractForm.blank(deal.customerId(), deal.id()))
			.orElse(NewContractForm.blank(customerId, null));
	}

	/** The products on sale, for a draft's line editor. */
	List<ProductView> onSale() {
		return products.page(new ProductFilter(null, null, ProductStatus.ON_SALE, null, null), ProductSearch.MAX_LIMIT)
			.rows();
	}

	/** The customer's deals the user may see, for the deal picker once a customer is chosen. */
	List<OpportunityDirectory.Choice> dealsOf(SignedInUser me, long customerId) {
		return customers.canRead(me, customerId) ? deals.ofCustomer(me, customerId) : List.of();
	}

	List<RecordLink> customers(String typed) {
		return customerLinks.map(links -> links.matching(typed, CUSTOMER_MATCHES)).orElse(List.of());
	}
}
