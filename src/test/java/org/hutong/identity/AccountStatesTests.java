package org.hutong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.AccountStates.State;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.platform.Sessions;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account states are remembered for a few seconds: a disabling, a lockout or a suspension made on
 * this node is seen by its next request at once; one made on another node (here: straight in the
 * database, heard of by no memory) once the copy expires.
 */
@HutongTest
class AccountStatesTests {

	private static final String PASSWORD = "states-pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountStates thisNode;

	@Autowired
	Tenants tenants;

	@Autowired
	TenantJdbc tenantJdbc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	private final AtomicLong nanos = new AtomicLong();

	private AccountStates otherNode;

	@BeforeEach
	void anotherNode() {
		otherNode = new AccountStates(tenants, tenantJdbc, clock, nanos::get);
	}

	@Test
	void aDisablingHereIsSeenAtOnce() throws Exception {
		String code = "demo";
		long userId = newUser(code, newName());
		long tenantId = tenantId(code);
		assertThat(thisNode.of(tenantId, userId)).isEqualTo(State.USABLE);
		mvc.perform(post("/admin/users/{id}/disable", userId).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(thisNode.of(tenantId, userId)).isEqualTo(State.DISABLED);
	}

	@Test
	void aDisablingElsewhereIsSeenWhenTheMemoryExpires() {
		long userId = newUser("demo", newName());
		long tenantId = tenantId("demo");
		assertThat(otherNode.of(tenantId, userId)).isEqualTo(State.USABLE);
		jdbc.sql("update identity_user set status = 'DISABLED' where tenant_id = :tenant and id = :id")
			.param("tenant", tenantId).param("id", userId).update();
		assertThat(otherNode.of(tenantId, userId)).as("within the memory").isEqualTo(State.USABLE);
		nanos.addAndGet(AccessChanges.MEMORY.plusMillis(1).toNanos());
		assertThat(otherNode.of(tenantId, userId)).isEqualTo(State.DISABLED);
	}

	@Test
	void aSuspensionIsSeenAtOnceHereAndWhenTheMemoryExpiresElsewhere() {
		String code = "sts" + System.nanoTime() % 1_000_000;
		long tenantId = tenants.create(code, "状态测试企业").getId();
		long userId = newUser(code, newName());
		assertThat(thisNode.of(tenantId, userId)).isEqualTo(State.USABLE);
		assertThat(otherNode.of(tenantId, userId)).isEqualTo(State.USABLE);
		tenants.suspend(tenantId);
		assertThat(thisNode.of(tenantId, userId)).isEqualTo(State.SUSPENDED);
		assertThat(otherNode.of(tenantId, userId)).isEqualTo(State.USABLE);
		nanos.addAndGet(AccessChanges.MEMORY.plusMillis(1).toNanos());
		assertThat(otherNode.of(tenantId, userId)).isEqualTo(State.SUSPENDED);
	}

	@Test
	void aLockoutByWrongPasswordsRefusesTheUsersSessionOnItsNextRequest() throws Exception {
		String name = newName();
		newUser("demo", name);
		MockHttpSession session = Sessions.employee(mvc, "demo", name, PASSWORD);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
			mvc.perform(post("/login").with(csrf()).param("tenant", "demo").param("username", name).param("password", "no" + i));
		}
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?error=locked&tenant=demo"));
	}

	private long tenantId(String code) {
		return tenants.findByCode(code).orElseThrow().getId();
	}

	private static String newName() {
		return "st" + System.nanoTime() % 100_000_000;
	}

	private long newUser(String code, String name) {
		return TenantContext.callAs(tenantId(code), () -> transactions.execute(status -> {
			User user = new User(name, encoder.encode(PASSWORD), Instant.now());
			user.describe("状态测试", null, null, null, null, null, Instant.now());
			return users.save(user).getId();
		}));
	}
}
