package org.hutong.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.hutong.identity.Changes;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Audit details read as sentences in the reader's language, whatever the code stored. */
class AuditDetailsTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	AuditDetailsTests() {
		messages.setBasenames("messages/web", "messages/identity", "messages/admin", "messages/customers",
				"messages/feed");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void aDataScopeReadsAsItsName() {
		String detail = new Changes().value("dataScope", "DEPARTMENT_TREE").text();
		assertThat(read(detail, ZH)).isEqualTo("数据范围：本部门及下级");
		assertThat(read(detail, Locale.ENGLISH)).isEqualTo("Data scope: Own department and below");
	}

	@Test
	void changesReadFieldByFieldWithPermissionsByTheirNames() {
		String detail = new Changes().field("name", "销售", "销售代表")
			.field("dataScope", "SELF", "DEPARTMENT")
			.set("permissions", java.util.List.of("customers.read"), java.util.List.of("customers.read", "customers.write"))
			.text();
		assertThat(read(detail, ZH))
			.isEqualTo("名称：销售 → 销售代表；数据范围：本人 → 本部门；权限：新增 新建与编辑客户");
		String roles = new Changes().set("roles", java.util.List.of("销售代表"), java.util.List.of("销售总监")).text();
		assertThat(read(roles, ZH)).isEqualTo("角色：新增 销售总监，移除 销售代表");
	}

	@Test
	void aNewRecordsValuesAndEmptyOnesRead() {
		String detail = new Changes().value("displayName", "张三").value("roles", java.util.List.of("销售代表", "财务")).text();
		assertThat(read(detail, ZH)).isEqualTo("姓名：张三；角色：销售代表、财务");
		assertThat(read("mobile: — → 13800138000", ZH)).isEqualTo("手机：（空） → 13800138000");
	}

	@Test
	void phrasesTheCodeWroteAreTranslated() {
		assertThat(read("bad password", ZH)).isEqualTo("密码错误");
		assertThat(read("locked for 15 minutes", ZH)).isEqualTo("锁定 15 分钟");
		assertThat(read("expires 2027-03-01T08:00:00Z", Locale.ENGLISH)).isEqualTo("Valid until 2027-03-01 08:00");
		assertThat(read("unknown user, locked", Locale.ENGLISH)).isEqualTo("No such user, locked");
	}

	@Test
	void whatItDoesNotKnowIsShownAsStored() {
		assertThat(read("rows=12 filter=CustomerFilter[q=许继]", ZH)).isEqualTo("rows=12 filter=CustomerFilter[q=许继]");
		assertThat(read("#12 许继 → #13", ZH)).isEqualTo("#12 许继 → #13");
		assertThat(AuditDetails.of(null)).isNull();
		assertThat(AuditDetails.of(" ")).isNull();
	}

	private String read(String detail, Locale locale) {
		return messages.getMessage(AuditDetails.of(detail), locale);
	}
}
