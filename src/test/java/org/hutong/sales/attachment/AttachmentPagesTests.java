package org.hutong.sales.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.hamcrest.Matchers;
import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.sales.contract.Quotes;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合同附件 on the contract's page: the page loads the section; 王芳 uploads the scan and a second
 * version, the section shows version 2 with version 1 folded in the history, and each downloads. A
 * program renamed .pdf and a missing title come back 422 with the reason next to the field and
 * nothing kept; another rep gets 404 for the section and the files.
 */
@HutongTest
class AttachmentPagesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CustomerRepository customers;

	@Autowired
	ContactRepository contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void uploadsAVersionAndShowsTheHistoryFolded() throws Exception {
		long contract = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		String page = "/sales/contracts/" + contract;
		assertThat(html(get(page), "sales")).contains("hx-get=\"" + page + "/attachments\"");
		assertThat(html(get(page + "/attachments"), "sales")).contains("还没有附件").contains("上传附件")
			.contains("accept=\".pdf,");

		mvc.perform(multipart(page + "/attachments").file(AttachmentApiTests.file("扫描件.pdf", AttachmentApiTests.PDF))
			.param("title", "合同扫描件").param("note", "双方签字页").with(csrf()).with(as("sales")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#attachments"));
		long document = jdbc.queryForObject("select id from files_document where subject_kind = 'contract' and subject_id = ?", Long.class,
				contract);
		mvc.perform(multipart(page + "/attachments/" + document + "/versions")
			.file(AttachmentApiTests.file("扫描件-盖章.pdf", AttachmentApiTests.PDF_2)).param("note", "补盖公章").with(csrf())
			.with(as("sales"))).andExpect(status().is3xxRedirection());

		String section = html(get(page + "/attachments"), "sales");
		assertThat(section).contains("合同扫描件").contains("第 2 版").contains("扫描件-盖章.pdf").contains("补盖公章")
			.contains("历史版本（1）").contains("双方签字页").contains("王芳")
			.contains("href=\"" + page + "/attachments/" + document + "/versions/1\"").contains("上传新版本")
			.contains(page + "/attachments/" + document + "/delete");
		assertThat(section.indexOf("第 2 版")).as("the current version first").isLessThan(section.indexOf("历史版本"));

		mvc.perform(get(page + "/attachments/" + document + "/versions/1").with(as("sales"))).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf")).andExpect(content().bytes(AttachmentApiTests.PDF))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		String readOnly = html(get(page + "/attachments"), "finance");
		assertThat(readOnly).as("who may not work the contract only reads").doesNotContain("上传新版本");
	}

	@Test
	void aProgramRenamedPdfIsRefusedNextToTheField() throws Exception {
		long contract = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		String page = "/sales/contracts/" + contract;
		String refused = mvc.perform(multipart(page + "/attachments")
			.file(AttachmentApiTests.file("合同.pdf", AttachmentApiTests.EXE)).param("title", "合同扫描件").with(csrf())
			.with(as("sales"))).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("合同.pdf 不是允许的文件类型").contains("value=\"合同扫描件\"").contains("field-error");
		String untitled = mvc.perform(multipart(page + "/attachments")
			.file(AttachmentApiTests.file("合同.pdf", AttachmentApiTests.PDF)).param("title", "").with(csrf())
			.with(as("sales"))).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(untitled).contains("请填写附件名称");
		assertThat(jdbc.queryForObject("select count(*) from files_document where subject_kind = 'contract' and subject_id = ?", Long.class,
				contract)).isZero();
	}

	@Test
	void anotherRepGetsNotFound() throws Exception {
		long contract = quotes().draftContract("sales", LocalDate.now(SHANGHAI));
		String page = "/sales/contracts/" + contract;
		mvc.perform(multipart(page + "/attachments").file(AttachmentApiTests.file("扫描件.pdf", AttachmentApiTests.PDF))
			.param("title", "合同扫描件").with(csrf()).with(as("sales"))).andExpect(status().is3xxRedirection());
		long document = jdbc.queryForObject("select id from files_document where subject_kind = 'contract' and subject_id = ?", Long.class,
				contract);
		mvc.perform(get(page + "/attachments").with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/attachments/" + document + "/versions/1").with(as("sales2")))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(page + "/attachments").file(AttachmentApiTests.file("x.pdf", AttachmentApiTests.PDF))
			.param("title", "冒名").with(csrf()).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/attachments/" + document + "/delete").with(csrf()).with(as("sales2")))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from files_document where subject_kind = 'contract' and subject_id = ? "
				+ "and deleted_at is null", Long.class, contract)).isEqualTo(1);
	}

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}

	private Quotes quotes() {
		return new Quotes(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails,
				tokens);
	}
}
