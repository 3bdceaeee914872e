package org.hutong.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.hutong.HutongTest;
import org.hutong.identity.DemoTenants;
import org.hutong.identity.OrgChart;
import org.hutong.tenancy.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people picker's query ({@link OrgChart#matching}): by name, username, the name's pinyin with
 * surnames read as surnames, and initials; active people of the asking enterprise only, in name order,
 * at most the limit; typed LIKE wildcards are plain text; names written by SQL are spelled at start-up.
 */
@HutongTest
class PeopleMatchingTests {

	@Autowired
	OrgChart org;

	@Autowired
	UserRepository users;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	DemoTenants demo;

	String tag;

	@BeforeEach
	void setUp() {
		demo = new DemoTenants(tenants, transactions);
		tag = "p" + System.nanoTime() % 1_000_000_000L;
	}

	@Test
	void aPolyphoneSurnameIsFoundByItsSurnameReading() {
		person("demo", tag + "a", "曾国藩");
		person("demo", tag + "b", "单雄信");
		assertThat(names("demo", "zengguof")).contains("曾国藩");
		assertThat(names("demo", "cengguof")).doesNotContain("曾国藩");
		assertThat(names("demo", "shanxiongx")).contains("单雄信");
		assertThat(names("demo", "sxx")).contains("单雄信");
		assertThat(names("demo", "dxx")).doesNotContain("单雄信");
	}

	@Test
	void theNameTheUsernameAndTheInitialsAllFind() {
		person("demo", tag + "zgf", "曾国藩");
		assertThat(names("demo", "国藩")).contains("曾国藩");
		assertThat(names("demo", tag.toUpperCase() + "ZG")).containsExactly("曾国藩");
		assertThat(names("demo", "zgf")).contains("曾国藩");
		assertThat(names("demo", "wangzz")).doesNotContain("曾国藩");
		assertThat(names("demo", "王芳")).containsExactly("王芳");
	}

	@Test
	void disabledPeopleAndOtherEnterprisesAreNeverFound() {
		User off = person("demo", tag + "off", "停用的人" + tag);
		demo.call("demo", () -> {
			User user = users.findById(off.getId()).orElseThrow();
			user.disable(Instant.now());
			return users.save(user);
		});
		person("demo2", tag + "x", "别家的人" + tag);
		assertThat(names("demo", tag)).isEmpty();
		assertThat(names("demo2", tag)).containsExactly("别家的人" + tag);
	}

	@Test
	void wildcardsAreTextAndTheLimitHoldsInNameOrder() {
		assertThat(names("demo", "%")).isEmpty();
		assertThat(names("demo", "_")).isEmpty();
		for (int i = 5; i >= 1; i--) {
			person("demo", tag + i, "同名测试" + tag + i);
		}
		List<String> found = demo.call("demo", () -> org.matching(tag, 3).stream().map(OrgChart.Member::displayName).toList());
		assertThat(found).containsExactly("同名测试" + tag + "1", "同名测试" + tag + "2", "同名测试" + tag + "3");
		assertThat(demo.call("demo", () -> org.matching("", 4))).hasSize(4);
	}

	@Test
	void aNameWrittenBySqlIsSpelledAtStartUp() {
		User written = person("demo", tag + "sql", "欧阳修");
		jdbc.sql("update identity_user set name_pinyin = null, name_initials = null where id = :id")
			.param("id", written.getId())
			.update();
		assertThat(names("demo", "ouyangx")).doesNotContain("欧阳修");
		new NameSpelling(tenants, users, transactions).seed();
		assertThat(names("demo", "ouyangx")).contains("欧阳修");
		assertThat(names("demo", "oyx")).contains("欧阳修");
	}

	private User person(String tenant, String username, String name) {
		return demo.call(tenant, () -> {
			User user = new User(username, "{noop}unused-password", Instant.now());
			user.describe(name, null, null, null, null, null, Instant.now());
			return users.save(user);
		});
	}

	private List<String> names(String tenant, String typed) {
		return demo.call(tenant, () -> org.matching(typed, 50).stream().map(OrgChart.Member::displayName).toList());
	}
}
