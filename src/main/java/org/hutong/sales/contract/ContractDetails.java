package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.opportunity.OpportunityDirectory;
import org.hutong.sales.quote.QuoteDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One contract as its page and the API show it, read in one transaction with its lines. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ContractDetails {

	private final ContractAccess access;

	private final ContractSearch search;

	private final OpportunityDirectory deals;

	private final QuoteDirectory quotes;

	private final ContractSchedule schedule;

	private final EnterpriseTemplates templates;

	ContractDetails(ContractAccess access, ContractSearch search, OpportunityDirectory deals, QuoteDirectory quotes,
			ContractSchedule schedule, EnterpriseTemplates templates) {
		this.access = access;
		this.search = search;
		this.deals = deals;
		this.quotes = quotes;
		this.schedule = schedule;
		this.templates = templates;
	}

	public ContractView one(SignedInUser user, long id) {
		Contract c = access.readable(user, id);
		String dealName = c.getOpportunityId() == null ? null
				: deals.readable(user, c.getOpportunityId()).map(OpportunityDirectory.Deal::name).orElse(null);
		String quoteNumber = c.getQuoteId() == null ? null : quotes.label(c.getQuoteId()).orElse(null);
		return new ContractView(search.row(c), dealName, quoteNumber, c.getStartsOn(), c.getOurSignatory(),
				c.getCustomerSignatory(), c.getCnyRate(), c.getNetTotal(), c.getTaxTotal(), c.getDiscountRate(),
				c.getWarrantyMonths(), c.getDeliveryAddress(), c.getRemarks(), c.getApprovalRequestId(), c.getRejection(),
				c.getSubmittedAt(), c.getEffectiveAt(), c.getCreatedAt(),
				c.getLines().stream().map(line -> new ContractView.Line(line.getPosition(), line.getProductId(),
						line.getName(), line.getSpec(), line.getUnit(), line.getQuantity(), line.getUnitPrice(),
						line.getDiscount(), line.getTaxRate(), line.getNet(), line.getTax(), line.getTotal())).toList(),
				schedule.of(c), c.getTerms().stream().map(ContractTerm::getCollected).toList(), c.getCollected(),
				user.can(ContractPermissions.WRITE), c.getInvoiced(),
				c.getTerms().stream().map(ContractTerm::getInvoiced).toList(), c.getTerminatedReason(), c.batches(),
				ContractDrafts.termsFit(c));
	}

	/** The terms form of a draft: its terms, or the enterprise's template's when one is picked (30/60/10 …). */
	public TermsForm termsOf(SignedInUser user, long id, String template) {
		Contract c = access.writable(user, id);
		List<TermForm> terms = template == null ? c.getTerms().stream().map(ContractTerm::form).toList()
				: templates.terms(template).orElse(List.of());
		return new TermsForm(terms, c.getVersion(), BatchShares.format(c.batches()));
	}

	/** The lines form of a draft, at its current version. */
	public LinesForm linesOf(SignedInUser user, long id) {
		Contract c = access.writable(user, id);
		return new LinesForm(c.getLines().stream().map(ContractLineForm::of).toList(), c.getVersion());
	}

	/** The header form of a draft, at its current version. */
	public ContractForm formOf(SignedInUser user, long id) {
		return ContractForm.of(access.writable(user, id));
	}
}
