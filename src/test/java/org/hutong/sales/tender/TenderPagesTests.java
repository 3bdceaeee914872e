package org.hutong.sales.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.customers.CustomerFixtures;
import org.hutong.customers.contact.ContactRepository;
import org.hutong.customers.customer.CustomerRepository;
import org.hutong.identity.token.ApiTokens;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 招投标 on the pages: 王芳 records a tender on her deal with its dates, bond and lots; it is on the
 * open list and the bonds list; she decides to bid, uploads the 投标文件 twice (two versions), records
 * 中标 — which wins the deal — and, once the bond is back, it leaves the bonds list. Bad input is
 * refused by its field with nothing saved; another rep sees neither the tender nor its files.
 */
@HutongTest
class TenderPagesTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

	Deals deals;

	@BeforeEach
	void setUp() {
		deals = new Deals(mvc, new CustomerFixtures(tenants, transactions, userDetails, customers, contacts), userDetails, tokens);
	}

	@Test
	void aTenderIsRecordedDecidedFiledAndWonWhichWinsItsDeal() throws Exception {
		long deal = deals.open("sales");
		String form = html(get("/sales/tenders/new").param("opportunity", String.valueOf(deal)), "sales");
		assertThat(form).contains("配网改造项目").contains("name=\"bidDeadline\"");
		String location = mvc.perform(post("/sales/tenders").with(csrf()).with(as("sales"))
			.param("title", "许昌供电 2027 配网物资招标").param("opportunityId", String.valueOf(deal))
			.param("tenderer", "国网许昌供电公司").param("noticeNumber", "XC-2027-001")
			.param("noticeUrl", "https://ecp.sgcc.com.cn/notice/1").param("registrationDue", "2027-02-10")
			.param("bidDeadline", "2027-03-01T09:30").param("openingAt", "2027-03-01T09:30").param("bondAmount", "30000")
			.param("bondPaidOn", "2027-02-12").param("bondMethod", "TRANSFER").param("bidPrice", "860000")
			.param("lots[0].name", "标包 1 环网柜").param("lots[0].ourPrice", "500000").param("lots[1].name", "标包 2 箱变")
			.param("lots[1].ourPrice", "360000").param("lots[2].name", "").param("lots[2].ourPrice", ""))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = html(get(location), "sales");
		assertThat(page).contains("许昌供电 2027 配网物资招标").contains("2027-03-01 09:30").contains("保证金未退 ¥30,000.00")
			.contains("标包 2 箱变").contains("¥860,000.00");
		assertThat(html(get("/sales/tenders"), "sales")).contains("许昌供电 2027 配网物资招标");
		assertThat(html(get("/sales/tenders").param("list", "BONDS"), "sales")).contains("许昌供电 2027 配网物资招标");
		assertThat(html(get("/sales/tenders/of-opportunity/" + deal), "sales")).contains("许昌供电 2027 配网物资招标");

		mvc.perform(post(location + "/decision").with(csrf()).with(as("sales")).param("decision", "GO")
			.param("checked", "QUALIFICATION", "TECHNICAL").param("note", "资质满足").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "sales")).contains("决定投标").contains("资质满足");

		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart(location + "/documents").file(new MockMultipartFile("file", "投标文件.pdf", "application/pdf", PDF))
				.param("kind", "BID").with(csrf()).with(as("sales"))).andExpect(status().is3xxRedirection());
		}
		mvc.perform(multipart(location + "/documents").file(new MockMultipartFile("file", "脚本.html", "text/html",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).param("kind", "OTHER").with(csrf())
			.with(as("sales"))).andExpect(status().isUnprocessableContent());
		page = html(get(location), "sales");
		assertThat(page).contains("投标文件.pdf").contains("第 2 版").contains("第 1 版").doesNotContain("脚本.html");
		long document = jdbc.queryForObject("select max(id) from sales_tender_document where tender_id = ?", Long.class, id);
		mvc.perform(get(location + "/documents/" + document).with(as("sales"))).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf")).andExpect(content().bytes(PDF));
		mvc.perform(get(location + "/documents/" + document).with(as("sales2"))).andExpect(status().isNotFound());
		mvc.perform(get(location).with(as("sales2"))).andExpect(status().isNotFound());

		long version = jdbc.queryForObject("select version from sales_tender where id = ?", Long.class, id);
		mvc.perform(post(location + "/result").with(csrf()).with(as("sales")).param("result", "WON")
			.param("winningPrice", "858000").param("lots[0].winner", "").param("lots[1].winner", "")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "sales")).contains("中标").contains("¥858,000.00");
		assertThat(jdbc.queryForObject("select outcome from sales_opportunity where id = ?", String.class, deal))
			.as("the deal is won with its tender").isEqualTo("WON");
		assertThat(html(get("/sales/tenders"), "sales")).doesNotContain("许昌供电 2027 配网物资招标");

		String edit = html(get(location + "/edit"), "sales");
		assertThat(edit).contains("value=\"XC-2027-001\"");
		version = jdbc.queryForObject("select version from sales_tender where id = ?", Long.class, id);
		mvc.perform(post(location).with(csrf()).with(as("sales")).param("title", "许昌供电 2027 配网物资招标")
			.param("opportunityId", String.valueOf(deal)).param("bondAmount", "30000").param("bondPaidOn", "2027-02-12")
			.param("bondReturnedOn", "2027-03-20").param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/sales/tenders").param("list", "BONDS"), "sales")).doesNotContain("许昌供电 2027 配网物资招标");
		mvc.perform(post(location).with(csrf()).with(as("sales")).param("title", "旧版本").param("opportunityId",
				String.valueOf(deal)).param("version", String.valueOf(version))).andExpect(status().isConflict());
	}

	@Test
	void badInputIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		long deal = deals.open("sales");
		long before = count();
		String refused = mvc.perform(post("/sales/tenders").with(csrf()).with(as("sales")).param("title", "")
			.param("opportunityId", String.valueOf(deal)).param("noticeUrl", "javascript:alert(1)")
			.param("registrationDue", "0001-01-01").param("bidDeadline", "2027-03-01T09:30")
			.param("openingAt", "2027-02-28T09:30").param("bondAmount", "-5").param("bondPaidOn", "2027-02-12")
			.param("bondReturnedOn", "2027-02-01").param("bidPrice", "12.345"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("必填").contains("请填写以 http:// 或 https:// 开头的链接").contains("金额不能为负数")
			.contains("金额最多两位小数");
		String dates = mvc.perform(post("/sales/tenders").with(csrf()).with(as("sales")).param("title", "日期不对")
			.param("opportunityId", String.valueOf(deal)).param("registrationDue", "0001-01-01")
			.param("bidDeadline", "2027-03-01T09:30").param("openingAt", "2027-02-28T09:30").param("bondAmount", "5000")
			.param("bondPaidOn", "2027-02-12").param("bondReturnedOn", "2027-02-01"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(dates).contains("请填写 2000 到 2100 年之间的日期").contains("开标时间不能早于投标截止时间")
			.contains("退还日期不能早于缴纳日期");
		long othersDeal = deals.open("sales2");
		String hidden = mvc.perform(post("/sales/tenders").with(csrf()).with(as("sales")).param("title", "别人的商机")
			.param("opportunityId", String.valueOf(othersDeal))).andExpect(status().isUnprocessableContent()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(hidden).contains("找不到这个商机");
		mvc.perform(post("/sales/tenders").with(csrf()).with(as("sales")).param("title", "字母金额")
			.param("opportunityId", String.valueOf(deal)).param("bondAmount", "五万")).andExpect(status().isUnprocessableContent());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aLostResultNeedsTheWinnerAndANoGoTenderCannotBeWon() throws Exception {
		long deal = deals.open("sales");
		String location = mvc.perform(post("/sales/tenders").with(csrf()).with(as("sales")).param("title", "长葛污水厂配电招标")
			.param("opportunityId", String.valueOf(deal))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		String refused = mvc.perform(post(location + "/result").with(csrf()).with(as("sales")).param("result", "LOST"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("未中标时请填写中标单位");
		mvc.perform(post(location + "/decision").with(csrf()).with(as("sales")).param("decision", "NO_GO"))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/sales/tenders"), "sales")).doesNotContain("长葛污水厂配电招标");
		String noBid = mvc.perform(post(location + "/result").with(csrf()).with(as("sales")).param("result", "WON"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noBid).contains("已决定放弃投标，不能记为中标");
		mvc.perform(post(location + "/result").with(csrf()).with(as("sales")).param("result", "LOST")
			.param("winner", "平高集团有限公司").param("winningPrice", "1268000")).andExpect(status().is3xxRedirection());
		assertThat(html(get(location), "sales")).contains("未中标").contains("平高集团有限公司");
		assertThat(jdbc.queryForObject("select outcome from sales_opportunity where id = ?", String.class, deal)).isNull();
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from sales_tender", Long.class);
	}

	private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return new TestUsers(userDetails).as("demo", username);
	}
}
