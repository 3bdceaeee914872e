package org.hutong.projects.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.hutong.HutongTest;
import org.hutong.identity.token.ApiTokens;
import org.hutong.projects.task.TaskFixtures;
import org.hutong.projects.time.Week;
import org.hutong.web.EnterpriseZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/projects/{id}/weekly-reports}: the manager writes a week (PUT; a stale If-Match 409, a
 * too-long text 400 naming its field), publishes it (without a summary 400), and lists the weeks newest
 * first by cursor; a member reads only what is published and may not write (403); an outsider gets 404;
 * the week's facts are the writers'; the API is in the OpenAPI document.
 */
@HutongTest
class WeeklyReportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	TaskFixtures fixtures;

	long project;

	String admin;

	String rd;

	Week week;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new TaskFixtures(mvc, userDetails, tokens, jdbc);
		project = fixtures.project("周报接口项目");
		admin = fixtures.token("admin");
		rd = fixtures.token("rd");
		week = Week.of(LocalDate.now(EnterpriseZone.DEFAULT));
	}

	@Test
	void theManagerWritesAndPublishesAndAMemberReadsOnlyThePublished() throws Exception {
		String base = "/api/v1/projects/" + project + "/weekly-reports/";
		mvc.perform(put(base + week.name()).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\": \"接口联调\", \"doneText\": \"- 完成协议\"}"))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.doneText").value("- 完成协议"));
		mvc.perform(get(base + week.name()).header("Authorization", rd)).andExpect(status().isNotFound());
		mvc.perform(put(base + week.name()).header("Authorization", rd).contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\": \"成员\"}")).andExpect(status().isForbidden());
		mvc.perform(put(base + week.name()).header("Authorization", admin).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\": \"接口联调完成\"}"))
			.andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
		mvc.perform(put(base + week.name()).header("Authorization", admin).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\": \"过时\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put(base + week.name()).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"risks\": \"%s\"}".formatted("风".repeat(2001))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.risks").value("风险与问题最多 2000 个字。"));
		mvc.perform(post(base + week.name() + "/publish").header("Authorization", admin).header("If-Match", "\"0\""))
			.andExpect(status().isConflict());
		mvc.perform(post(base + week.name() + "/publish").header("Authorization", admin).header("If-Match", "\"1\""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());
		mvc.perform(get(base + week.name()).header("Authorization", rd)).andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value("接口联调完成"));
		mvc.perform(get(base + week.name() + "/facts").header("Authorization", rd)).andExpect(status().isNotFound());
		mvc.perform(get(base + week.name() + "/facts").header("Authorization", admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalHours").exists());
		mvc.perform(get(base + week.name()).header("Authorization", fixtures.token("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(base + "2026-13").header("Authorization", admin)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void publishingNeedsASummaryAndTheListPagesByCursor() throws Exception {
		String base = "/api/v1/projects/" + project + "/weekly-reports";
		Week w = week;
		for (int i = 0; i < 3; i++) {
			mvc.perform(put(base + "/" + w.name()).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
				.content(i == 0 ? "{\"doneText\": \"无概述\"}" : "{\"summary\": \"第%d周\"}".formatted(i)))
				.andExpect(status().isOk());
			w = w.previous();
		}
		mvc.perform(post(base + "/" + week.name() + "/publish").header("Authorization", admin))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.summary").value("发布前请填写本周概述。"));
		mvc.perform(post(base + "/" + week.previous().name() + "/publish").header("Authorization", admin))
			.andExpect(status().isOk());
		String first = mvc.perform(get(base).param("size", "2").header("Authorization", admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.items[0].week").value(week.name()))
			.andExpect(jsonPath("$.next").value(week.previous().name()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains(week.previous().name());
		mvc.perform(get(base).param("size", "2").param("cursor", week.previous().name()).header("Authorization", admin))
			.andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.next").isEmpty());
		mvc.perform(get(base).header("Authorization", rd)).andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].week").value(week.previous().name()));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/api/v1/projects/{id}/weekly-reports/{week}/publish")));
	}
}
