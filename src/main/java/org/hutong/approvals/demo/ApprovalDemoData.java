package org.hutong.approvals.demo;

import org.hutong.shared.StartupSeed;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.identity.Colleagues;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode, after identity's demo and the stock forms: the {@code demo} enterprise gets its flows
 * ({@link DemoFlows}) and, through the engine's own transitions, a few dozen requests by its people
 * in every state. Runs only while the enterprise has none of the demo flows, so restarts add nothing.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("hutong.demo")
class ApprovalDemoData implements StartupSeed {

	private static final Logger log = LoggerFactory.getLogger(ApprovalDemoData.class);

	private final Tenants tenants;

	private final FlowRepository flows;

	private final FlowManagement management;

	private final DemoRequests requests;

	private final TransactionTemplate transactions;

	ApprovalDemoData(Tenants tenants, FlowRepository flows, FlowManagement management, DemoRequests requests,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.flows = flows;
		this.management = management;
		this.requests = requests;
		this.transactions = transactions;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(), () -> {
			Boolean created = transactions.execute(status -> createFlows());
			if (Boolean.TRUE.equals(created)) {
				int made = requests.make();
				log.info("Demo approvals: {} flows and {} requests", DemoFlows.all(0, 0).size(), made);
			}
		}));
	}

	/** The demo flows, unless the enterprise has one of them already (then it was seeded before). */
	private boolean createFlows() {
		if (flows.findByKey(org.hutong.approvals.form.StockForms.EXPENSE).isPresent()) {
			return false;
		}
		long gm = requests.person("admin");
		long finance = requests.person("finance");
		DemoFlows.all(gm, finance).forEach(stock -> management.create(stock.form(), stock.definition(), gm));
		return true;
	}
}
