package org.hutong.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The installable app: the service worker, the 离线 page, the manifest, and the shell's offline hooks. */
@HutongTest
class OfflineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theServiceWorkerIsServedToAnyoneFromTheRootWithAVersionAndNoCaching() throws Exception {
		mvc.perform(get("/sw.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/javascript")))
			.andExpect(header().string("Service-Worker-Allowed", "/"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), not(containsString("unsafe-inline")))))
			.andExpect(content().string(containsString("const VERSION = \"")))
			.andExpect(content().string(not(containsString("__VERSION__"))))
			.andExpect(content().string(containsString("addEventListener(\"fetch\"")));
	}

	@Test
	void theOfflinePageIsPublicLocalisedAndWithoutInlineScript() throws Exception {
		mvc.perform(get("/offline"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>离线</h1>")))
			.andExpect(content().string(containsString("data-reload")))
			.andExpect(content().string(containsString("/js/offline.js")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(get("/offline").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Offline</h1>")));
	}

	/**
	 * The worker fetches the 离线 page while the sign-in page is open; a fetch still carrying the id
	 * the sign-in replaced must not come back with a new session's cookie (it would sign the browser
	 * out). A session there already gets its token, which offline.js sends its kept follow-ups with.
	 */
	@Test
	void theOfflinePageStartsNoSessionAndGivesASessionItsToken() throws Exception {
		mvc.perform(get("/offline").cookie(new Cookie("SESSION", "c3RhbGUtc2Vzc2lvbi1pZA")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(not(containsString("name=\"_csrf\""))));
		// the sign-in page starts one, for its form's token
		Cookie started = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertNotNull(started, "the sign-in page starts a session");
		mvc.perform(get("/offline").cookie(started))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void theManifestIsPublicAndNamesTheAppItsScopeAndIcons() throws Exception {
		mvc.perform(get("/manifest.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/manifest+json")))
			.andExpect(content().string(containsString("\"start_url\": \"/\"")))
			.andExpect(content().string(containsString("\"display\": \"standalone\"")))
			.andExpect(content().string(containsString("512x512")));
	}

	@Test
	void everyPageCarriesTheOfflineBarItsWordsAndTheScripts() throws Exception {
		mvc.perform(get("/customers").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"offline-bar\"")))
			.andExpect(content().string(containsString("data-pending=\"待同步\"")))
			.andExpect(content().string(containsString("data-banner=\"离线")))
			.andExpect(content().string(containsString("src=\"/js/nav.js\"")))
			.andExpect(content().string(containsString("src=\"/js/offline.js\"")))
			.andExpect(content().string(containsString("href=\"/css/nav.css\"")));
	}

	@Test
	void aTabRootHasNoBackArrowAndARecordLeadsBackToItsList() throws Exception {
		mvc.perform(get("/customers").with(as("sales")))
			.andExpect(content().string(containsString("<span class=\"topbar-title\">客户</span>")))
			.andExpect(content().string(not(containsString("class=\"topbar-back\""))));
		mvc.perform(get("/").with(as("sales")))
			.andExpect(content().string(containsString("<span class=\"topbar-title\">工作台</span>")))
			.andExpect(content().string(not(containsString("class=\"topbar-back\""))));
		mvc.perform(get("/customers/new").with(as("sales")))
			.andExpect(content().string(containsString("class=\"topbar-back\" href=\"/customers\" data-back=\"parent\"")))
			.andExpect(content().string(containsString("aria-label=\"返回\"")));
		mvc.perform(get("/admin/audit").with(as("admin")))
			.andExpect(content().string(containsString("class=\"topbar-back\" href=\"/me\" data-back=\"parent\"")));
	}

	@Test
	void aPageThatNamesNoParentGoesBackInHistory() throws Exception {
		mvc.perform(get("/notifications").with(as("sales")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"topbar-back\" href=\"/\" data-back=\"history\"")));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
