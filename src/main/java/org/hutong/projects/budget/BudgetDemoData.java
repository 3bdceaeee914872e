package org.hutong.projects.budget;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.StartupSeed;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

/**
 * Demo mode: the first demo projects get budgets per category entered by their managers and manual
 * costs with a receipt — the first near 80 % burn, the second over 100 %, the others well below; the
 * demo's 科研课题 follows the funder's categories within its grant. Labour stays unknown until time
 * entries provide it. Runs only while the enterprise has no budget line.
 */
@org.springframework.stereotype.Component
@Order(57)
@ConditionalOnBooleanProperty("hutong.demo")
class BudgetDemoData implements StartupSeed {

	private static final int PROJECTS = 6;

	/** How much of each budget the demo projects have spent, in percent. */
	private static final int[] BURNS = { 84, 106, 45, 30, 62, 15 };

	private final Tenants tenants;

	private final Budgets budgets;

	private final Costs costs;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final CategorySets sets;

	BudgetDemoData(Tenants tenants, Budgets budgets, Costs costs, CategorySets sets, UserDetailsService users,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.tenants = tenants;
		this.budgets = budgets;
		this.costs = costs;
		this.sets = sets;
		this.users = users;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Override
	public void seed() {
		tenants.findByCode("demo").ifPresent(demo -> TenantContext.runAs(demo.getId(),
				() -> transactions.executeWithoutResult(status -> seedOnce(demo.getId()))));
	}

	private void seedOnce(long tenantId) {
		if (jdbc.sql("SELECT COUNT(*) FROM projects_budget_line WHERE tenant_id = :t").param("t", tenantId)
			.query(Long.class).single() > 0) {
			return;
		}
		String query = """
				SELECT p.id, u.username, t.funded, p.funded_amount FROM projects_project p
				JOIN identity_user u ON u.id = p.manager_id JOIN projects_type t ON t.id = p.type_id
				WHERE p.tenant_id = :tenant AND (t.funded = TRUE OR :all = TRUE) ORDER BY p.id LIMIT :limit""";
		java.util.Map<Long, Object[]> projects = new java.util.TreeMap<>();
		for (boolean all : new boolean[] { true, false }) {
			jdbc.sql(query).param("tenant", tenantId).param("all", all).param("limit", all ? PROJECTS : 1)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBigDecimal(4) })
				.list().forEach(p -> projects.putIfAbsent((Long) p[0], p));
		}
		try {
			int n = 0;
			for (Object[] p : projects.values()) {
				SignedInUser manager = signIn((String) p[1]);
				budget(manager, (long) p[0], (boolean) p[2], (BigDecimal) p[3], BURNS[n++ % BURNS.length]);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void budget(SignedInUser manager, long project, boolean funded, BigDecimal grant, int burn) {
		if (funded) {
			jdbc.sql("SELECT id FROM projects_budget_set WHERE tenant_id = :t AND is_default = FALSE ORDER BY position LIMIT 1")
				.param("t", TenantContext.require()).query(Long.class).optional()
				.ifPresent(set -> sets.follow(manager, project, set, errors()));
		}
		BudgetPage page = budgets.of(manager, project);
		BigDecimal total = funded && grant != null ? grant.multiply(new BigDecimal("0.95"))
				: BigDecimal.valueOf(120_000 + project % 7 * 20_000);
		List<BudgetPage.Option> categories = page.categories();
		BigDecimal share = total.divide(BigDecimal.valueOf(categories.size()), 0, java.math.RoundingMode.DOWN);
		for (BudgetPage.Option category : categories) {
			budgets.save(manager, project, null, new LineForm(category.id(), null, share, null), null, errors());
		}
		BigDecimal spend = share.multiply(BigDecimal.valueOf(categories.size())).multiply(BigDecimal.valueOf(burn))
			.divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
		String[] what = { "样机元器件采购", "型式试验费", "外协加工结构件", "赴用户现场调试" };
		for (int i = 0; i < 3; i++) {
			BudgetPage.Option category = categories.get(i % Math.min(3, categories.size()));
			BigDecimal amount = i < 2 ? spend.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN)
					: spend.subtract(spend.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN).multiply(BigDecimal.valueOf(2)));
			costs.add(manager, project, new CostForm(LocalDate.now().minusDays(30 - i * 9), category.id(), null, amount,
					what[i], receipt(what[i])), errors());
		}
	}

	private static MapBindingResult errors() {
		return new MapBindingResult(new HashMap<>(), "demo");
	}

	private static Receipt receipt(String what) {
		String text = "%PDF-1.4\n1 0 obj <<>> endobj\n% " + what + "\ntrailer <<>>\n%%EOF\n";
		return new Receipt(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A generated receipt handed to the upload as a browser would. */
	private record Receipt(byte[] bytes) implements MultipartFile {

		@Override
		public String getName() {
			return "file";
		}

		@Override
		public String getOriginalFilename() {
			return "发票.pdf";
		}

		@Override
		public String getContentType() {
			return "application/pdf";
		}

		@Override
		public boolean isEmpty() {
			return bytes.length == 0;
		}

		@Override
		public long getSize() {
			return bytes.length;
		}

		@Override
		public byte[] getBytes() {
			return bytes;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public void transferTo(File dest) throws IOException {
			Files.write(dest.toPath(), bytes);
		}
	}

	private SignedInUser signIn(String username) {
		SignedInUser user = (SignedInUser) users.loadUserByUsername(SignedInUser.qualifiedName("demo", username));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
