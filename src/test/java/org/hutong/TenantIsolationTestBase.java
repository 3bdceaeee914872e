package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant isolation, entity by entity: a record of enterprise {@code demo} is invisible to
 * {@code demo2} by id in the persistence layer, on its page and through the API — each answers
 * "not found", never the record. Every module extends this for each entity it adds, listing how to
 * make a record and where it shows. The same requests made by demo's own admin must succeed, so a
 * wrong URL cannot pass for isolation.
 */
@HutongTest
public abstract class TenantIsolationTestBase {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserDetailsService userDetails;

	@Autowired
	protected ApiTokens tokens;

	@Autowired
	protected TransactionTemplate transactions;

	/**
	 * One tenant-scoped entity under test.
	 *
	 * @param name what the dynamic tests are called
	 * @param demoRecord makes (or finds) a record in the current tenant and answers its id
	 * @param foundById whether a record with this id is visible in the current tenant
	 * @param page the page request for the record, or {@code null} when it has none
	 * @param api the API request for the record, or {@code null} when it has none
	 */
	public record Isolated(String name, Supplier<Long> demoRecord, LongPredicate foundById,
			Function<Long, MockHttpServletRequestBuilder> page, Function<Long, MockHttpServletRequestBuilder> api) {
	}

	protected abstract List<Isolated> entities();

	@TestFactory
	Stream<DynamicTest> anotherEnterpriseCannotReachTheRecord() {
		return entities().stream().flatMap(entity -> {
			long id = inTenant("demo", entity.demoRecord());
			Stream<DynamicTest> byId = Stream.of(dynamicTest(entity.name() + " by id", () -> {
				assertThat(inTenant("demo", () -> entity.foundById().test(id))).as("visible to its own enterprise").isTrue();
				assertThat(inTenant("demo2", () -> entity.foundById().test(id))).as("visible to another enterprise").isFalse();
			}));
			Stream<DynamicTest> byPage = entity.page() == null ? Stream.empty()
					: Stream.of(dynamicTest(entity.name() + " by page", () -> {
						mvc.perform(entity.page().apply(id).with(new TestUsers(userDetails).as("demo", "admin")))
							.andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
						mvc.perform(entity.page().apply(id).with(new TestUsers(userDetails).as("demo2", "admin")))
							.andExpect(status().isNotFound());
					}));
			Stream<DynamicTest> byApi = entity.api() == null ? Stream.empty()
					: Stream.of(dynamicTest(entity.name() + " by API", () -> {
						mvc.perform(entity.api().apply(id).header("Authorization", "Bearer " + token("demo")))
							.andExpect(status().isOk());
						mvc.perform(entity.api().apply(id).header("Authorization", "Bearer " + token("demo2")))
							.andExpect(status().isNotFound());
					}));
			return Stream.of(byId, byPage, byApi).flatMap(s -> s);
		});
	}

	/** Runs work in a transaction as the named enterprise. */
	protected <T> T inTenant(String code, Supplier<T> work) {
		long tenantId = new TestUsers(userDetails).load(code, "admin").tenantId();
		return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
	}

	private String token(String code) {
		SignedInUser admin = new TestUsers(userDetails).load(code, "admin");
		return TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "isolation", 1).secret());
	}
}
