package org.hutong.identity.signin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The open API's documentation: public, only {@code /api/v1}, with the bearer scheme; Swagger UI under its own CSP. */
@HutongTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSpecIsPublicAndDocumentsTheOpenApiWithBearerTokens() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.info.title").value(containsString("Hutong")))
			.andExpect(jsonPath("$.paths['/api/v1/customers']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.security[0].bearer").exists())
			.andExpect(content().string(not(containsString("\"/customers\""))))
			.andExpect(content().string(not(containsString("/platform"))));
	}

	@Test
	void swaggerUiLoadsWithScriptsFromOurOriginOnly() throws Exception {
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(get("/swagger-ui/swagger-initializer.js")).andExpect(status().isOk());
	}

	@Test
	void theApiItselfStillNeedsAToken() throws Exception {
		mvc.perform(get("/api/v1/customers")).andExpect(status().isUnauthorized());
	}
}
