package org.hutong.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.HutongTest;
import org.hutong.TestUsers;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.department.Department;
import org.hutong.identity.department.DepartmentRepository;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The user list: layout, htmx rows, search and filters, keyset "load more", data scope. */
@HutongTest
class UserListTests {

	private static final Pattern EDIT_LINK = Pattern.compile("/admin/users/(\\d+)/edit");

	private static final Pattern NEXT_PAGE = Pattern.compile("hx-get=\"([^\"]*afterId=[^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserRepository users;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	DemoTenants demo;

	RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		admin = new TestUsers(userDetails).as("demo", "admin");
	}

	@Test
	void fullPageHasTheLayoutWithCardsAndTable() throws Exception {
		mvc.perform(get("/admin/users").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"tabbar\"")))
			.andExpect(content().string(containsString("class=\"list with-table\"")))
			.andExpect(content().string(containsString("class=\"table user-table\"")))
			.andExpect(content().string(containsString("class=\"list-search\"")));
	}

	@Test
	void anHtmxRequestGetsOnlyTheRows() throws Exception {
		mvc.perform(get("/admin/users").param("q", "王芳").header("HX-Request", "true").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rows-page")))
			.andExpect(content().string(containsString("王芳")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("class=\"tabbar\""))));
	}

	@Test
	void searchesByNameUsernameAndMobile() throws Exception {
		assertThat(names("q", "王芳")).contains("王芳").doesNotContain("张伟");
		assertThat(names("q", "SALES2")).contains("陈磊").doesNotContain("王芳");
		assertThat(names("q", "13903740004")).contains("张伟").doesNotContain("王芳");
		assertThat(names("q", "%")).doesNotContain("王芳");
	}

	@Test
	void filtersByDepartmentIncludingSubDepartmentsAndByStatus() throws Exception {
		Long sales = demo.call("demo", () -> departments.findAll().stream().filter(d -> d.getName().equals("销售部"))
			.findFirst().orElseThrow().getId());
		assertThat(names("department", sales.toString())).contains("李明", "王芳", "陈磊").doesNotContain("张伟", "刘洋");
		String name = "停用者" + System.nanoTime();
		demo.call("demo", () -> {
			User user = new User("off" + System.nanoTime(), "{noop}unused-password", Instant.now());
			user.describe(name, null, null, null, null, null, Instant.now());
			user.disable(Instant.now());
			return users.save(user);
		});
		mvc.perform(get("/admin/users").param("q", name).param("status", "DISABLED").with(admin))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("badge off")));
		mvc.perform(get("/admin/users").param("q", name).param("status", "ACTIVE").with(admin))
			.andExpect(content().string(containsString("没有符合条件的用户")));
		mvc.perform(get("/admin/users").param("status", "NO-SUCH").param("department", "x").with(admin))
			.andExpect(status().isOk());
	}

	@Test
	void loadsMoreByKeysetWithoutRepeatingOrSkippingRowsOfTheSameName() throws Exception {
		List<Long> created = demo.call("demo", () -> {
			Department department = departments.save(new Department("分页" + System.nanoTime(), null, null, 99));
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < UserSearch.PAGE_SIZE + 5; i++) {
				User user = new User("page" + System.nanoTime() + i, "{noop}unused-password", Instant.now());
				user.describe("同名同姓", null, null, department.getId(), null, null, Instant.now());
				ids.add(users.save(user).getId());
			}
			return ids;
		});
		Long department = demo.call("demo", () -> users.findById(created.get(0)).orElseThrow().getDepartmentId());
		String first = mvc.perform(get("/admin/users").param("department", department.toString()).with(admin))
			.andReturn().getResponse().getContentAsString();
		Set<Long> firstIds = ids(first);
		assertThat(firstIds).hasSize(UserSearch.PAGE_SIZE).containsExactlyElementsOf(created.subList(0, UserSearch.PAGE_SIZE));
		Matcher next = NEXT_PAGE.matcher(first);
		assertThat(next.find()).as("a load-more link").isTrue();
		String second = mvc.perform(get(URI.create(next.group(1).replace("&amp;", "&"))).header("HX-Request", "true").with(admin))
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(ids(second)).containsExactlyElementsOf(created.subList(UserSearch.PAGE_SIZE, created.size()));
		assertThat(NEXT_PAGE.matcher(second).find()).as("no link after the last page").isFalse();
	}

	@Test
	void showsOnlyTheUsersTheViewersDataScopeCovers() throws Exception {
		String page = mvc.perform(get("/admin/users").with(new TestUsers(userDetails).as("demo", "manager")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("李明", "王芳", "陈磊").doesNotContain("张伟", "刘洋", "周建国");
		assertThat(page).doesNotContain("/admin/users/new");
	}

	@Test
	void showsAnEmptyStateAndSpeaksEnglish() throws Exception {
		mvc.perform(get("/admin/users").param("q", "no-such-person-anywhere").with(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("No users match.")))
			.andExpect(content().string(containsString("Name, username or mobile")));
	}

	private String names(String parameter, String value) throws Exception {
		return mvc.perform(get("/admin/users").param(parameter, value).header("HX-Request", "true").with(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private static Set<Long> ids(String html) {
		Set<Long> ids = new LinkedHashSet<>();
		Matcher matcher = EDIT_LINK.matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}
}
