package org.hutong.customers.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HutongTest
class RegionControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	RequestPostProcessor admin;

	@BeforeEach
	void signIn() {
		admin = new TestUsers(userDetails).as("demo", "admin");
	}

	@Test
	void citiesOfAProvinceAreOptionsOnly() throws Exception {
		mvc.perform(get("/regions/cities").param("province", "41").header("HX-Request", "true").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"\">请选择城市</option>")))
			.andExpect(content().string(containsString("<option value=\"4110\">许昌市</option>")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<select"))));
	}

	@Test
	void countiesOfACityAreOptionsOnly() throws Exception {
		mvc.perform(get("/regions/counties").param("city", "4110").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择区县")))
			.andExpect(content().string(containsString("<option value=\"411003\">建安区</option>")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void municipalitiesShowTheirOwnName() throws Exception {
		mvc.perform(get("/regions/cities").param("province", "11").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1101\">北京市</option>")))
			.andExpect(content().string(not(containsString("市辖区"))));
	}

	@Test
	void unknownOrMissingCodesGiveThePlaceholderAlone() throws Exception {
		for (String url : new String[] { "/regions/cities?province=99", "/regions/cities", "/regions/counties?city=x",
				"/regions/counties?city=" }) {
			mvc.perform(get(url).with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"\">")))
				.andExpect(content().string(not(containsString("<option value=\"4"))));
		}
	}

	@Test
	void placeholderFollowsTheLanguage() throws Exception {
		mvc.perform(get("/regions/counties").param("city", "4110").header("Accept-Language", "en").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a county")));
	}

	@Test
	void needsASignedInUser() throws Exception {
		mvc.perform(get("/regions/cities").param("province", "41")).andExpect(status().is3xxRedirection());
	}
}
