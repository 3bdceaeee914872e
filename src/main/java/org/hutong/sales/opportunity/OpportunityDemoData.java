package org.hutong.sales.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.Roles;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.pipeline.PipelineView;
import org.hutong.sales.pipeline.PipelineView.StageView;
import org.hutong.sales.pipeline.Pipelines;
import org.hutong.sales.pipeline.StageOutcome;
import org.hutong.sales.product.ProductFilter;
import org.hutong.sales.product.ProductSearch;
import org.hutong.sales.product.ProductView;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Demo mode: about 150 deals of the sales team with the demo customers (switchgear for a 供电公司,
 * transformers for an industrial park …), spread over the pipelines' stages, some won and some lost,
 * with product lines from the catalogue. They go through {@link OpportunityManagement} signed in as
 * their owners, so every stage requirement and the stage history hold as for any user. Runs only
 * while the enterprise has no deals.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("hutong.demo")
class OpportunityDemoData implements StartupSeed {

	private static final Set<String> WORKS = Set.of(OpportunityPermissions.READ, OpportunityPermissions.WRITE);

	private static final String[] WHAT = { "配电房改造", "开关柜采购", "箱变扩容", "变压器更换", "智能电表箱集采", "环网柜改造",
			"新建厂房供配电", "光伏升压站配套", "充电站配电", "二次设备升级" };

	private final Tenants tenants;

	private final OpportunityRepository opportunities;

	private final Roles roles;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Sources sources;

	/** What the deals are made of. */
	record Sources(OpportunityManagement management, CustomerDirectory customers, Pipelines pipelines,
			ProductSearch products) {
	}

	OpportunityDemoData(Tenants tenants, OpportunityRepository opportunities, Roles roles, UserDetailsService users,
			TransactionTemplate transactions, OpportunityManagement management, CustomerDirectory customers,
			Pipelines pipelines, ProductSearch products) {
		this.tenants = tenants;
		this.opportunities = opportunities;
		this.roles = roles;
		this.users = users;
		this.transactions = transactions;
		this.sources = new Sources(management, customers, pipelines, products);
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce())));
	}

	private void seedOnce() {
		if (opportunities.count() > 0) {
			return;
		}
		roles.grant("销售总监", WORKS);
		roles.grant("销售代表", WORKS);
		// one seed, so every start draws the same deals and screenshots stay comparable
		Random random = new Random(13);
		try {
			for (String owner : List.of("sales", "sales2", "manager")) {
				seedFor(owner, random);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seedFor(String username, Random random) {
		SignedInUser owner = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
		List<PipelineView> pipelines = sources.pipelines().all();
		List<ProductView> catalogue = sources.products().page(new ProductFilter(null, null, null, null, null), ProductSearch.MAX_LIMIT).rows();
		for (CustomerSummary customer : sources.customers().ownedBy(owner.userId(), 50)) {
			PipelineView pipeline = pipelines.get(random.nextInt(pipelines.size()));
			Long id = create(owner, customer, pipeline, catalogue, random);
			if (id != null) {
				advance(owner, id, pipeline, random);
			}
		}
	}

	private Long create(SignedInUser owner, CustomerSummary customer, PipelineView pipeline, List<ProductView> catalogue,
			Random random) {
		ProductView product = catalogue.get(random.nextInt(catalogue.size()));
		LineForm line = new LineForm(product.id(), BigDecimal.valueOf(1 + random.nextInt(12)), null,
				BigDecimal.valueOf(random.nextInt(4) * 2));
		String name = (customer.shortName() != null ? customer.shortName() : customer.name()) + WHAT[random.nextInt(WHAT.length)];
		OpportunityForm form = OpportunityForm.of(name.length() > 100 ? name.substring(0, 100) : name, customer.id(), null)
			.at(pipeline.id(), null)
			.closingOn(LocalDate.now().plusDays(15 + random.nextInt(150)))
			.withLines(List.of(line));
		Errors errors = new BeanPropertyBindingResult(form, "form");
		return sources.management().create(owner, form, errors);
	}

	/** Moves a deal some stages on; about one in five is won and one in eight lost. */
	private void advance(SignedInUser owner, long id, PipelineView pipeline, Random random) {
		List<StageView> open = pipeline.stages().stream().filter(stage -> !stage.isFinal()).toList();
		int steps = random.nextInt(open.size());
		for (int i = 1; i <= steps; i++) {
			move(owner, id, StageMove.to(open.get(i).id()));
		}
		int fate = random.nextInt(40);
		if (fate < 8) {
			move(owner, id, StageMove.to(pipeline.finalStage(StageOutcome.WON).id()));
		}
		else if (fate < 13) {
			long reason = sources.pipelines().lostReasons().get(random.nextInt(3)).getId();
			move(owner, id, StageMove.lost(pipeline.finalStage(StageOutcome.LOST).id(), reason,
					random.nextBoolean() ? "平高电气" : "正泰电气"));
		}
	}

	private void move(SignedInUser owner, long id, StageMove move) {
		sources.management().move(owner, id, move, new BeanPropertyBindingResult(move, "move"));
	}
}
