package org.hutong.identity.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantContext;
import org.hutong.tenancy.TenantJdbc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Idempotency keys are per enterprise: one enterprise's key neither finds nor replays another's. */
class IdempotencyIsolationTests extends TenantIsolationTestBase {

	@Autowired
	IdempotentRequests requests;

	@Autowired
	TenantJdbc jdbc;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("idempotency key", () -> {
			long n = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
			requests.claim(TenantContext.require(), "user:1", "iso-" + n, "hash");
			return n;
		}, n -> jdbc.sql("select count(*) from identity_idempotency_key where tenant_id = :tenantId"
				+ " and idempotency_key = :key").param("key", "iso-" + n).query(Long.class).single() > 0, null, null));
	}

	@Test
	void anotherEnterpriseWithTheSameKeyAndBodyGetsItsOwnAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"body\": \"同一个键 " + key + "\"}";
		String first = mvc.perform(post("/api/v1/posts").header("Authorization", token("demo"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		String other = mvc.perform(post("/api/v1/posts").header("Authorization", token("demo2"))
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED))
			.andReturn().getResponse().getHeader("Location");
		assertThat(other).isNotEqualTo(first);
	}

	private String token(String code) {
		SignedInUser admin = new TestUsers(userDetails).load(code, "admin");
		return "Bearer " + TenantContext.callAs(admin.tenantId(), () -> tokens.create(admin, "isolation", 1).secret());
	}
}
