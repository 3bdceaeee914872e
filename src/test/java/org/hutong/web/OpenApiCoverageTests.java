package org.hutong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeSet;

import org.hutong.HutongTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route the application maps under {@code /api/v1} is in the OpenAPI spec with its method,
 * and the spec names no route that is not mapped: a new API route cannot go undocumented.
 */
@HutongTest
class OpenApiCoverageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JsonMapper json;

	@Test
	void theSpecDocumentsEveryMappedApiRoute() throws Exception {
		assertThat(documented()).isEqualTo(mapped());
	}

	@Test
	void theRoutesOnceMissingAreDocumented() throws Exception {
		assertThat(documented()).contains("POST /api/v1/customers/{id}/merge", "POST /api/v1/customers/{id}/restore",
				"DELETE /api/v1/customers/recycle-bin/{id}");
	}

	private Set<String> mapped() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
			.stream()
			.filter(pattern -> pattern.startsWith("/api/v1/"))
			.forEach(pattern -> methodsOf(info.getMethodsCondition().getMethods())
				.forEach(method -> routes.add(method + " " + pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}")))));
		assertThat(routes).as("the API's routes").isNotEmpty();
		return routes;
	}

	/** A mapping without a method answers them all; the spec lists the usual ones. */
	private static Set<RequestMethod> methodsOf(Set<RequestMethod> methods) {
		return methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
				RequestMethod.PATCH, RequestMethod.DELETE) : methods;
	}

	private Set<String> documented() throws Exception {
		String spec = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Set<String> routes = new TreeSet<>();
		JsonNode paths = json.readTree(spec).path("paths");
		paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String method = operation.getKey().toUpperCase();
			if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
				routes.add(method + " " + path.getKey());
			}
		}));
		return routes;
	}
}
