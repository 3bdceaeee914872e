package org.hutong.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 修改记录: what a create and an update record, on the customer's page and through the API. */
@HutongTest
class CustomerChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Test
	void aCreateRecordsOneCreatedRowAndAnUpdateOnlyWhatChanged() throws Exception {
		String name = CustomerFixtures.uniqueName();
		long id = create(name);
		// no "(空) → …" row per field a new customer starts with: one row saying it was created
		List<Map<String, Object>> created = entries(id);
		assertThat(created).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("field", CustomerChange.CREATED)
				.containsEntry("newValue", name)
				.containsEntry("oldValue", null));
		update(id, name);
		List<Map<String, Object>> all = entries(id);
		assertThat(all).hasSize(3);
		assertThat(all.subList(0, 2)).extracting(entry -> entry.get("field"))
			.containsExactlyInAnyOrder("status", "remarks");
		assertThat(all).filteredOn(entry -> "status".equals(entry.get("field")) && entry.get("oldValue") != null)
			.singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("oldValue", "POTENTIAL")
				.containsEntry("newValue", "INTERESTED")
				.containsEntry("actorName", "王芳"));
	}

	@Test
	void theCustomerPageLoadsTheHistoryAsAFragmentWithLabels() throws Exception {
		String name = CustomerFixtures.uniqueName();
		long id = create(name);
		// a new customer's history says it was created, with no "（空） → …" row per field
		mvc.perform(get("/customers/{id}/changes", id).header("HX-Request", "true").with(as("sales")))
			.andExpect(content().string(containsString("创建了客户")))
			.andExpect(content().string(not(containsString("（空）"))));
		update(id, name);
		mvc.perform(get("/customers/{id}", id).with(as("sales")))
			.andExpect(content().string(containsString("hx-get=\"/customers/" + id + "/changes\"")));
		mvc.perform(get("/customers/{id}/changes", id).header("HX-Request", "true").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"changes\"")))
			.andExpect(content().string(containsString("创建了客户")))
			.andExpect(content().string(containsString("潜在")))
			.andExpect(content().string(containsString("意向")))
			.andExpect(content().string(containsString("王芳")));
		mvc.perform(get("/customers/{id}/changes", id).with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")));
	}

	@Test
	void loadMorePagesThroughWithoutDuplicatesOrGaps() throws Exception {
		String name = CustomerFixtures.uniqueName();
		long id = create(name);
		update(id, name);
		List<Object> seen = new ArrayList<>();
		String after = null;
		do {
			MvcResult page = mvc.perform(get("/api/v1/customers/{id}/changes", id).param("limit", "2")
				.param("after", after == null ? "" : after).header("Authorization", token("sales")))
				.andExpect(status().isOk())
				.andReturn();
			String json = page.getResponse().getContentAsString();
			seen.addAll(JsonPath.read(json, "$.entries[*].id"));
			after = JsonPath.read(json, "$.next");
			if (after != null) {
				mvc.perform(get("/customers/{id}/changes/more", id).param("after", after).with(as("sales")))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("<li id=\"change-")))
					.andExpect(content().string(not(containsString("<section"))));
			}
		}
		while (after != null && seen.size() < 100);
		assertThat(seen).hasSize(3);
		assertThat(new HashSet<>(seen)).hasSize(3);
	}

	@Test
	void whoMayNotReadTheCustomerIsToldItDoesNotExist() throws Exception {
		long id = create(CustomerFixtures.uniqueName());
		mvc.perform(get("/customers/{id}/changes", id).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}/changes/more", id).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/changes", id).header("Authorization", token("sales2")))
			.andExpect(status().isNotFound());
	}

	private long create(String name) throws Exception {
		MvcResult created = mvc.perform(post("/api/v1/customers").header("Authorization", token("sales"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"level\":\"MAJOR\",\"province\":\"41\",\"city\":\"4101\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Changes the status and the remarks: two rows. */
	private void update(long id, String name) throws Exception {
		mvc.perform(put("/api/v1/customers/{id}", id).header("Authorization", token("sales"))
			.header("If-Match", etag(id))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"level\":\"MAJOR\",\"province\":\"41\",\"city\":\"4101\","
					+ "\"status\":\"INTERESTED\",\"remarks\":\"已拜访\"}"))
			.andExpect(status().isOk());
	}

	private String etag(long id) throws Exception {
		return mvc.perform(get("/api/v1/customers/{id}", id).header("Authorization", token("sales")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	private List<Map<String, Object>> entries(long id) throws Exception {
		String json = mvc.perform(get("/api/v1/customers/{id}/changes", id).param("limit", "50")
			.header("Authorization", token("sales")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerId").value(id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.entries");
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private String token(String username) {
		SignedInUser user = new TestUsers(userDetails).load("demo", username);
		return "Bearer " + TenantContext.callAs(user.tenantId(), () -> tokens.create(user, "changes-test", 1).secret());
	}
}
