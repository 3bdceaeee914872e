package org.hutong.sales.tender;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Deals for tender tests: a fresh customer of a demo user's and an open deal on it, made through the API. */
record Deals(MockMvc mvc, CustomerFixtures customers, UserDetailsService userDetails, ApiTokens tokens) {

	/** A new open deal of the user's with an amount, answering its id. */
	long open(String username) throws Exception {
		long customer = customers.customer("demo", username, "许昌恒达电力设备有限公司" + ThreadLocalRandom.current().nextInt(1_000_000))
			.getId();
		String location = mvc.perform(post("/api/v1/opportunities").header("Authorization", token(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"配网改造项目\", \"customerId\": %d, \"amount\": 880000}".formatted(customer)))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "tender-test", 1).secret());
	}
}
