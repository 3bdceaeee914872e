package org.hutong.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.files.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 票据照片 on an expense: uploaded while the form is filled in, claimed by the request on submission,
 * shown on its page to whoever may see it and to nobody else; a forbidden type or a colleague's file
 * is refused with a message.
 */
@HutongTest
class ApprovalFilesTests {

	private static final Pattern KEPT = Pattern.compile("name=\"lines\\[0\\]\\.receipts\" value=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext beans;

	ApprovalFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ApprovalFixtures(beans);
	}

	private long upload(String username) throws Exception {
		String chips = mvc.perform(multipart("/approvals/files")
				.file(new MockMultipartFile("files", "发票.png", "image/png", TestImages.png()))
				.param("target", "lines[0].receipts").with(csrf()).with(as(username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(chips).contains("发票.png").contains("file-chip");
		Matcher kept = KEPT.matcher(chips);
		assertThat(kept.find()).as(chips).isTrue();
		return Long.parseLong(kept.group(1));
	}

	private String submit(Flow flow, String username, long file) throws Exception {
		return mvc.perform(post("/approvals/new/{key}", flow.getKey()).param("_title", "带票据")
			.param("lines[0].category", "TRAVEL").param("lines[0].date", "2026-11-29").param("lines[0].amount", "66.00")
			.param("lines[0].receipts", Long.toString(file))
			.with(csrf()).with(as(username))).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void aReceiptPhotoGoesWithTheRequestAndOnlyItsPeopleSeeIt() throws Exception {
		Flow flow = fixtures.expenseFlow(false, Map.of());
		long file = upload("sales");
		mvc.perform(get("/approvals/files/{id}", file).with(as("sales"))).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/approvals/files/{id}", file).with(as("manager"))).andExpect(status().isNotFound());

		String location = submit(flow, "sales", file);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ApprovalRequest request = fixtures.request(id);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> lines = (List<Map<String, Object>>) request.values().get("lines");
		assertThat(lines.get(0).get("receipts")).isEqualTo(List.of(Map.of("id", Long.toString(file), "name", "发票.png")));

		String page = mvc.perform(get("/approvals/{id}", id).with(as("manager"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("/approvals/files/" + file + "?thumbnail=true").contains("发票.png");
		mvc.perform(get("/approvals/files/{id}", file).with(as("manager"))).andExpect(status().isOk());
		mvc.perform(get("/approvals/files/{id}", file).param("thumbnail", "true").with(as("manager")))
			.andExpect(status().isOk());
		mvc.perform(get("/approvals/files/{id}", file).with(as("finance"))).andExpect(status().isNotFound());
		mvc.perform(get("/approvals/files/{id}", file).with(fixtures.users.as("demo2", "admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aForbiddenTypeAndAColleaguesFileAreRefused() throws Exception {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
		String refused = mvc.perform(multipart("/approvals/files")
				.file(new MockMultipartFile("files", "发票.png", "image/png", exe))
				.param("target", "lines[0].receipts").with(csrf()).with(as("sales")))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("field-error").contains("类型不支持").doesNotContain("file-chip");

		Flow flow = fixtures.expenseFlow(false, Map.of());
		long theirs = upload("sales");
		String html = mvc.perform(post("/approvals/new/{key}", flow.getKey()).param("_title", "别人的票据")
				.param("lines[0].category", "TRAVEL").param("lines[0].date", "2026-11-29").param("lines[0].amount", "1.00")
				.param("lines[0].receipts", Long.toString(theirs)).with(csrf()).with(as("sales2")))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("只能附上你自己上传的文件");

		String first = submit(flow, "sales", theirs);
		assertThat(first).startsWith("/approvals/");
		assertThat(mvc.perform(post("/approvals/new/{key}", flow.getKey()).param("_title", "再用一次")
				.param("lines[0].category", "TRAVEL").param("lines[0].date", "2026-11-29").param("lines[0].amount", "1.00")
				.param("lines[0].receipts", Long.toString(theirs)).with(csrf()).with(as("sales")))
			.andReturn().getResponse().getStatus()).as("a file another request holds").isEqualTo(422);
	}

	@Test
	void aNodeThatAsksForASignatureGetsOneWithTheDecisionAndTheTimelineShowsIt() throws Exception {
		Flow flow = fixtures.signedExpenseFlow();
		long request = fixtures.submit("sales", flow, "要签名", "出差");
		assertThat(mvc.perform(get("/approvals/{id}", request).with(as("manager"))).andReturn().getResponse()
			.getContentAsString()).contains("data-signature-pad").contains("data-upload-name=\"decisionFiles\"");
		assertThat(mvc.perform(decide(request, "approve")).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString()).contains("此节点需要手写签名");

		long signature = uploadAs("manager", "signature", "signature.png");
		long receipt = uploadAs("manager", "decisionFiles", "核对单.png");
		mvc.perform(decide(request, "approve").param("signature", Long.toString(signature))
				.param("decisionFiles", Long.toString(receipt)))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.request(request).getStatus()).isEqualTo(org.hutong.approvals.ApprovalStatus.APPROVED);
		String page = mvc.perform(get("/approvals/{id}", request).with(as("sales"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("approval-signature").contains("/approvals/files/" + signature + "\"")
			.contains("/approvals/files/" + receipt + "?thumbnail=true");
		mvc.perform(get("/approvals/files/{id}", signature).with(as("sales"))).andExpect(status().isOk());
		mvc.perform(get("/approvals/files/{id}", signature).with(as("finance"))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder decide(long request, String verb) {
		return post("/approvals/{id}/" + verb, request).with(csrf()).with(as("manager"))
			.param("taskId", Long.toString(fixtures.pending(request, "manager").getId()))
			.param("version", Long.toString(fixtures.request(request).getVersion()));
	}

	private long uploadAs(String username, String target, String name) throws Exception {
		String chips = mvc.perform(multipart("/approvals/files")
				.file(new MockMultipartFile("files", name, "image/png", TestImages.png()))
				.param("target", target).with(csrf()).with(as(username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher kept = Pattern.compile("name=\"" + target + "\" value=\"(\\d+)\"").matcher(chips);
		assertThat(kept.find()).as(chips).isTrue();
		return Long.parseLong(kept.group(1));
	}

	private RequestPostProcessor as(String username) {
		return fixtures.users.as("demo", username);
	}
}
