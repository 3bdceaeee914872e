package org.hutong.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.AccessChanges;
import org.hutong.identity.DataScope;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.role.Role;
import org.hutong.identity.role.RoleRepository;
import org.hutong.identity.signin.SignedInUsers;
import org.hutong.identity.user.User;
import org.hutong.identity.user.UserRepository;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token's principal is remembered for a few seconds, and each change that takes access away or
 * changes it is seen by this node's next request at once, and by another node's (a second memory
 * that hears nothing of the change) once its copy expires.
 */
@HutongTest
class BearerPrincipalsTests {

	private static final String PASSWORD = "bearer-pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	BearerPrincipals thisNode;

	@Autowired
	Tenants tenants;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserRepository users;

	@Autowired
	RoleRepository roles;

	@Autowired
	SignedInUsers principals;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	private final AtomicLong nanos = new AtomicLong();

	private BearerPrincipals otherNode;

	private String tenantCode;

	private long tenantId;

	private long roleId;

	private long userId;

	private String username;

	private String secret;

	@BeforeEach
	void aUserWithARoleAndAToken() {
		Ticker ticker = nanos::get;
		otherNode = new BearerPrincipals(tenants, tokens, users, principals, transactions, clock, ticker);
		useTenant("demo");
	}

	@Test
	void aPrincipalIsRememberedUntilItsMemoryExpires() {
		SignedInUser first = thisNode.of(secret).orElseThrow();
		assertThat(thisNode.of(secret)).containsSame(first);
		otherNode.of(secret);
		assertThat(otherNode.of(secret)).isPresent();
		assertThat(thisNode.of(secret + "x")).isEmpty();
	}

	@Test
	void aRevokedTokenIsRefused() {
		bothNodesKnowTheToken();
		SignedInUser owner = owner();
		long tokenId = TenantContext.callAs(tenantId, () -> tokens.of(owner).get(0).getId());
		TenantContext.runAs(tenantId, () -> tokens.revoke(owner, tokenId));

		assertRefusedHereAtOnceAndThereAfterItsMemory();
	}

	@Test
	void aDisabledUsersTokenIsRefused() throws Exception {
		bothNodesKnowTheToken();
		mvc.perform(post("/admin/users/{id}/disable", userId).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertRefusedHereAtOnceAndThereAfterItsMemory();
	}

	@Test
	void aLockedOutUsersTokenIsRefused() throws Exception {
		bothNodesKnowTheToken();
		for (int i = 0; i < User.MAX_FAILED_SIGN_INS; i++) {
			mvc.perform(post("/login").with(csrf()).param("tenant", tenantCode).param("username", username)
				.param("password", "wrong-" + i));
		}

		assertRefusedHereAtOnceAndThereAfterItsMemory();
	}

	@Test
	void aSuspendedEnterprisesTokenIsRefused() {
		useTenant(newTenant());
		bothNodesKnowTheToken();
		tenants.suspend(tenantId);

		assertRefusedHereAtOnceAndThereAfterItsMemory();
	}

	@Test
	void aUserGivenOtherRolesComesInWithTheirNewPermissions() throws Exception {
		bothNodesKnowTheToken();
		long other = newRole(Set.of("customers.read", "feed.read"));
		User user = TenantContext.callAs(tenantId, () -> users.findById(userId).orElseThrow());
		mvc.perform(post("/admin/users/{id}", userId).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf())
			.param("displayName", "令牌测试").param("roleIds", String.valueOf(other))
			.param("version", String.valueOf(user.getVersion())))
			.andExpect(status().is3xxRedirection());

		assertThat(permissions(thisNode)).contains("feed.read");
		assertThat(permissions(otherNode)).doesNotContain("feed.read");
		expireTheOtherNodesMemory();
		assertThat(permissions(otherNode)).contains("feed.read");
	}

	@Test
	void aRoleGivenOtherPermissionsGivesThemToItsHoldersTokens() throws Exception {
		bothNodesKnowTheToken();
		Role role = TenantContext.callAs(tenantId, () -> roles.findById(roleId).orElseThrow());
		mvc.perform(post("/admin/roles/{id}", roleId).with(new TestUsers(userDetails).as("demo", "admin")).with(csrf())
			.param("name", role.getName()).param("dataScope", "SELF").param("permissions", "customers.read")
			.param("permissions", "feed.read").param("version", String.valueOf(role.getVersion())))
			.andExpect(status().is3xxRedirection());

		assertThat(permissions(thisNode)).contains("feed.read");
		assertThat(permissions(otherNode)).doesNotContain("feed.read");
		expireTheOtherNodesMemory();
		assertThat(permissions(otherNode)).contains("feed.read");
	}

	private void bothNodesKnowTheToken() {
		assertThat(thisNode.of(secret)).isPresent();
		assertThat(otherNode.of(secret)).isPresent();
	}

	private void assertRefusedHereAtOnceAndThereAfterItsMemory() {
		assertThat(thisNode.of(secret)).as("this node").isEmpty();
		assertThat(otherNode.of(secret)).as("another node, within its memory").isPresent();
		expireTheOtherNodesMemory();
		assertThat(otherNode.of(secret)).as("another node, after its memory").isEmpty();
	}

	private void expireTheOtherNodesMemory() {
		nanos.addAndGet(AccessChanges.MEMORY.plusMillis(1).toNanos());
	}

	private Set<String> permissions(BearerPrincipals node) {
		Optional<SignedInUser> user = node.of(secret);
		return user.orElseThrow().permissions();
	}

	private SignedInUser owner() {
		return new TestUsers(userDetails).load(tenantCode, username);
	}

	private void useTenant(String code) {
		tenantCode = code;
		tenantId = tenants.findByCode(code).orElseThrow().getId();
		roleId = newRole(Set.of("customers.read"));
		username = "bearer" + System.nanoTime() % 100_000_000;
		userId = TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
			User user = new User(username, encoder.encode(PASSWORD), Instant.now());
			user.describe("令牌测试", null, null, null, null, null, Instant.now());
			user.assignRoles(Set.of(roleId));
			return users.save(user).getId();
		}));
		SignedInUser owner = owner();
		secret = TenantContext.callAs(tenantId, () -> tokens.create(owner, "memory", 30).secret());
	}

	private long newRole(Set<String> permissions) {
		return TenantContext.callAs(tenantId, () -> transactions.execute(
				status -> roles.save(new Role("令牌角色" + System.nanoTime() % 100_000_000, null, permissions, DataScope.SELF))
					.getId()));
	}

	private String newTenant() {
		String code = "tok" + System.nanoTime() % 1_000_000;
		tenants.create(code, "令牌测试企业");
		return code;
	}
}
