package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.sales.quote.LinePricing;
import org.hutong.sales.quote.QuoteMath;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The lines of a new or draft contract, checked and priced as a quote's are ({@link LinePricing}:
 * tax on each line, rounded to the fen, then summed), and what a new contract names: a customer the
 * user may read, one of that customer's deals, a currency with its rate. Each refusal goes on the
 * field it is about ({@code customerId}, {@code lines[2].productId} …).
 */
@Component
class ContractLines {

	private final LinePricing pricing;

	private final CustomerDirectory customers;

	private final OpportunityDirectory deals;

	ContractLines(LinePricing pricing, CustomerDirectory customers, OpportunityDirectory deals) {
		this.pricing = pricing;
		this.customers = customers;
		this.deals = deals;
	}

	/** The lines as the contract takes them, and how far below the customer's prices they are, in percent. */
	record Priced(List<ContractLine.Priced> lines, BigDecimal discountRate) {
	}

	/** The lines priced for the customer; null with {@code errors} when there are none or one is refused. */
	Priced price(long customerId, List<ContractLineForm> lines, Errors errors) {
		if (lines.isEmpty()) {
			errors.rejectValue("lines", "contract.lines.required");
			return null;
		}
		List<LinePricing.Priced> priced = pricing.price(customerId, lines.stream().map(ContractLineForm::line).toList(),
				BigDecimal.ZERO, "contract", errors);
		return errors.hasErrors() ? null : of(priced);
	}

	/** Priced lines as the contract takes them, with the discount they give against the customer's prices. */
	static Priced of(List<LinePricing.Priced> priced) {
		QuoteMath.Totals totals = QuoteMath.totals(priced.stream().map(LinePricing.Priced::amounts).toList());
		return new Priced(priced.stream().map(ContractLines::taken).toList(), totals.discountRate());
	}

	/** The form's rows with a product picked filled in from it, as the page shows them before saving. */
	List<ContractLineForm> prefilled(Long customerId, List<ContractLineForm> lines) {
		return pricing.prefilled(customerId, lines.stream().map(ContractLineForm::line).toList()).stream()
			.map(ContractLineForm::of).toList();
	}

	/**
	 * Where a new contract comes from: the customer, the deal if one is named, the currency and the
	 * title; null with {@code errors} when the customer is not one the user may read, the deal is not
	 * the customer's, or a foreign currency has no rate.
	 */
	Contract.Origin origin(SignedInUser actor, NewContractForm form, BigDecimal discountRate, Errors errors) {
		if (form.customerId() == null) {
			return null;
		}
		Optional<CustomerSummary> customer = customers.find(form.customerId())
			.filter(found -> customers.canRead(actor, found.id()));
		if (customer.isEmpty()) {
			errors.rejectValue("customerId", "contract.customer.unknown");
		}
		String dealName = form.opportunityId() == null ? null : dealName(actor, form, errors);
		if (!ContractManagement.CURRENCIES.contains(form.currency())) {
			errors.rejectValue("currency", "contract.currency.invalid");
		}
		boolean foreign = !Contract.CNY.equals(form.currency());
		if (foreign && form.cnyRate() == null) {
			errors.rejectValue("cnyRate", "contract.rate.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		String title = form.title() != null ? form.title() : dealName != null ? dealName : customer.get().name();
		return new Contract.Origin(title, form.customerId(), form.opportunityId(), null, discountRate, form.currency(),
				foreign ? form.cnyRate() : BigDecimal.ONE);
	}

	private String dealName(SignedInUser actor, NewContractForm form, Errors errors) {
		var deal = deals.readable(actor, form.opportunityId());
		if (deal.isEmpty()) {
			errors.rejectValue("opportunityId", "contract.opportunity.unknown");
			return null;
		}
		if (deal.get().customerId() != form.customerId()) {
			errors.rejectValue("opportunityId", "contract.opportunity.otherCustomer");
			return null;
		}
		return deal.get().name();
	}

	private static ContractLine.Priced taken(LinePricing.Priced line) {
		return new ContractLine.Priced(line.productId(), line.name(), line.spec(), line.unit(), line.quantity(),
				line.unitPrice(), line.discount(), line.taxRate(), line.amounts().net(), line.amounts().tax(),
				line.amounts().total());
	}
}
