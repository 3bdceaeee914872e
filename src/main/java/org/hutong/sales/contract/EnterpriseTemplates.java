package org.hutong.sales.contract;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hutong.sales.collection.TermTemplate;
import org.hutong.sales.collection.TermTemplates;
import org.hutong.web.RecordNotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * The enterprise's 条款模板, in its order. The stock four (30/60/10, 10/80/10, 30/65/5, 97/3) are put in
 * the first time anyone reads them — in a transaction of their own, under the settings row's lock, so
 * existing and new enterprises have them once, even read from a read-only page or from two nodes at
 * the same moment; deleted later, they do not come back. A template is refused like a contract's
 * terms (every problem on its row and field) and when it does not add up to 100 %, with the
 * difference; its name is unique in the enterprise.
 */
@Service
@Transactional
public class EnterpriseTemplates {

	/** More than anyone picks from. */
	static final int MAX_TEMPLATES = 30;

	private final EnterpriseTemplateRepository templates;

	private final ContractPolicies policies;

	private final TransactionTemplate own;

	private final Clock clock;

	EnterpriseTemplates(EnterpriseTemplateRepository templates, ContractPolicies policies,
			PlatformTransactionManager transactions, Clock clock) {
		this.templates = templates;
		this.policies = policies;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The templates in order, as the terms page offers them. */
	@Transactional(readOnly = true)
	public List<TemplateView> all() {
		seeded();
		return templates.findAllByOrderByPositionAscIdAsc().stream().map(EnterpriseTemplate::view).toList();
	}

	/** The terms of the template of that name, to fill a contract's terms form with. */
	@Transactional(readOnly = true)
	public Optional<List<TermForm>> terms(String name) {
		seeded();
		return name == null ? Optional.empty() : templates.findFirstByName(name).map(EnterpriseTemplate::getTerms);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ContractPermissions.MAY_SET)
	public TemplateForm formOf(long id) {
		return TemplateForm.of(one(id).view());
	}

	/** A new template at the end of the list; answers its id, or null when {@code errors} says why not. */
	@PreAuthorize(ContractPermissions.MAY_SET)
	public Long create(TemplateForm form, Errors errors) {
		seeded();
		List<EnterpriseTemplate> all = templates.findAllByOrderByPositionAscIdAsc();
		if (all.size() >= MAX_TEMPLATES) {
			errors.reject("template.tooMany", new Object[] { MAX_TEMPLATES }, null);
			return null;
		}
		check(form, -1, errors);
		if (errors.hasErrors()) {
			return null;
		}
		int last = all.isEmpty() ? 0 : all.get(all.size() - 1).getPosition();
		return templates.save(new EnterpriseTemplate(last + 1, form.name(), form.terms(), clock.instant())).getId();
	}

	/** Changes a template if the version edited is still current (a stale one is a 409). */
	@PreAuthorize(ContractPermissions.MAY_SET)
	public void update(long id, TemplateForm form, Errors errors) {
		EnterpriseTemplate template = one(id);
		if (!Objects.equals(form.version(), template.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(EnterpriseTemplate.class, id);
		}
		check(form, id, errors);
		if (!errors.hasErrors()) {
			template.describe(form.name(), form.terms(), clock.instant());
		}
	}

	@PreAuthorize(ContractPermissions.MAY_SET)
	public void delete(long id) {
		templates.delete(one(id));
	}

	/** One place up or down the list; at either end it stays. */
	@PreAuthorize(ContractPermissions.MAY_SET)
	public void move(long id, boolean up) {
		List<EnterpriseTemplate> all = templates.findAllByOrderByPositionAscIdAsc();
		int at = all.indexOf(one(id));
		int to = up ? at - 1 : at + 1;
		if (at < 0 || to < 0 || to >= all.size()) {
			return;
		}
		for (int i = 0; i < all.size(); i++) {
			all.get(i).moveTo(i + 1);
		}
		all.get(at).moveTo(to + 1);
		all.get(to).moveTo(at + 1);
	}

	/** The name is the enterprise's only one; the terms pass the contract terms' check and add up to 100 %. */
	private void check(TemplateForm form, long id, Errors errors) {
		if (templates.existsByNameAndIdNot(form.name(), id)) {
			errors.rejectValue("name", "template.name.taken");
		}
		TermTemplate terms = new TermTemplate(form.name(), form.terms().stream().map(ContractTerm::payment).toList());
		TermProblems.reportTemplate(terms.check(), errors);
	}

	private EnterpriseTemplate one(long id) {
		return templates.findById(id).orElseThrow(RecordNotFound::new);
	}

	/** The stock templates, the first time the enterprise's are read. */
	private void seeded() {
		if (policies.current().isTemplatesSeeded()) {
			return;
		}
		own.executeWithoutResult(status -> {
			ContractPolicy policy = policies.locked();
			if (policy.isTemplatesSeeded()) {
				return;
			}
			Instant now = clock.instant();
			List<TermTemplate> stock = TermTemplates.stock();
			int last = templates.findAllByOrderByPositionAscIdAsc().stream().mapToInt(EnterpriseTemplate::getPosition)
				.max().orElse(0);
			for (int i = 0; i < stock.size(); i++) {
				if (templates.findFirstByName(stock.get(i).name()).isEmpty()) {
					templates.save(EnterpriseTemplate.of(last + i + 1, stock.get(i), now));
				}
			}
			policies.templatesSeeded(policy);
		});
	}
}
